/**
 * A stand-in for the custom-functions runtime's global `CustomFunctions`, which only Excel provides.
 * Its Error mirrors the real one: a code ('#VALUE!' …) and an optional message.
 */
class CustomFunctionsError extends Error {
  code: string;
  constructor(code: string, message?: string) {
    super(message ?? '');
    this.code = code;
  }
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' },
  associate: () => undefined,
};
