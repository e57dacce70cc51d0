export const formatCount = (value: number, language: string) => new Intl.NumberFormat(language).format(value);

export const formatTime = (time: number, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(time);

export const formatDate = (time: number, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(time);
