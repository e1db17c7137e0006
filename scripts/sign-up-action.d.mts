export function actionId(exportedName: string, file: string): string;
export function signUpThroughAction(
  origin: string,
  user: { name: string; email: string; password: string },
): Promise<string>;
