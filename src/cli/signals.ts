// Installs the SIGINT/SIGTERM handler (exit 130, ./exit.ts) as main.ts's first import, so as early as the module graph
// lets it: installed in main.ts's body, it came after every static import had loaded, and a SIGTERM in the first
// ≈0.5 s ended the process with the default 143 instead of the documented 130 (found by review).
import { handleInterrupts } from './exit.js';

handleInterrupts();
