// "Har du slutfört avsnittet?" (GOV.UK task list pattern): asked at the end of
// every perspective step and required when the user continues. Without zod,
// so the step's form can list the answers before its schema has loaded.
export const completedAnswers = ["yes", "no"] as const;
