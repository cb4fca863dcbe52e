import { config } from "zod/mini";

// In the browser, zod would probe `new Function("")` to compile fast parsers; under the pages' Content-Security-Policy
// (no 'unsafe-eval', ADR 0020) that probe is a reported violation. Client code that parses with zod imports this
// first, so zod parses without compiling and never tries eval. Browser only: the server keeps its compiled parsers.
if (typeof window !== "undefined") config({ jitless: true });
