/** The site icon, /assets/favicon.svg: a folder-tab "d" (without it browsers ask for /favicon.ico and log a 404). */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#14213d"/><text x="16" y="23" font-family="Georgia, serif" font-size="20" font-weight="700" text-anchor="middle" fill="#ffd166">d</text></svg>`;
