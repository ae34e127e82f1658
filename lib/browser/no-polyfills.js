// Stands in for next/dist/build/polyfills/polyfill-module (next.config.js).
// Every browser in package.json's browserslist has what it adds (String
// trimStart/trimEnd, Symbol description, Array flat/flatMap/at,
// Promise.finally, Object.fromEntries/hasOwn, URL.canParse) natively; Next
// ships it whatever the targets say (vercel/next.js#86785), and Lighthouse
// reports it as legacy JavaScript.
