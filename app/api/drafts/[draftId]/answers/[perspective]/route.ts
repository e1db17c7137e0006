import { answersDoorway } from "@/lib/autosave/doorways";

// A perspective step's autosave doorway (lib/autosave/doorways.ts).
export const { GET, PUT, POST } = answersDoorway;
