/**
 * A fraction as a whole percent may show it: anything short of 1 stays under 100 % ("99 %"), so a home folder
 * 99.8 % full, or an upload with bytes still to send, never reads as full or done.
 */
export const shortOfWhole = (fraction: number) => (fraction < 1 ? Math.min(fraction, 0.99) : fraction);
