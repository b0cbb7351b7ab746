/** The parts of the `datapackage` library (Frictionless, no types of its own) the tests use. */
declare module 'datapackage' {
  interface CastError extends Error {
    errors?: Error[];
    rowNumber?: number;
  }
  class Resource {
    static load(descriptor: object, options?: { basePath?: string }): Promise<Resource>;
    readonly name: string;
    read(options: {
      cast?: boolean;
      forceCast?: boolean;
      relations?: boolean;
      keyed?: boolean;
    }): Promise<(unknown[] | Record<string, unknown> | CastError)[]>;
  }
  class Package {
    static load(
      descriptor: string | object,
      options?: { basePath?: string; strict?: boolean },
    ): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    getResource(name: string): Resource | null;
  }
  export { Package, Resource };
}
