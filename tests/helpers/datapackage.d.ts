/** The parts of the `datapackage` library (Frictionless, no types of its own) the tests use. */
declare module 'datapackage' {
  interface CastError extends Error {
    errors?: Error[];
    rowNumber?: number;
  }
  interface Resource {
    name: string;
    read(options: {
      cast?: boolean;
      forceCast?: boolean;
      relations?: boolean;
    }): Promise<(unknown[] | CastError)[]>;
  }
  class Package {
    static load(
      descriptor: string | object,
      options?: { basePath?: string; strict?: boolean },
    ): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
  export { Package };
}
