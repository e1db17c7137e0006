export type TemplateSource = { id: string; title: string; organizationName: string | null };
export type TemplateSources = { templates: TemplateSource[]; recent: TemplateSource[] };
