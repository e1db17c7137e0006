export type TrashedDraft = { id: string; title: string; deletedAt: Date; purgeAt: Date };
