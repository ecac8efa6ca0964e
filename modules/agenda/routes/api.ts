/* Routes arrive with the feature (issue 3) */
export {}
