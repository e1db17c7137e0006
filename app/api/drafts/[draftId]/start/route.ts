import { startDoorway } from "@/lib/autosave/doorways";

// The Start step's autosave doorway (lib/autosave/doorways.ts).
export const { GET, PUT, POST } = startDoorway;
