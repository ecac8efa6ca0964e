/* Routes of the consultation module (issue 4) */
export {}
