import { createContext } from 'react';

/**
 * Whether the user has moved within the app since it loaded. React Router calls the load's entry "default";
 * Back to it is an arrival too, not the first page of a visit (components/page-header.tsx).
 */
export const HasNavigatedContext = createContext(false);
