/** Wires `unspun pan` to the protocol runner, turning its failures into one-line input errors. */
import { InputError } from "../errors.js";
import { type PanOptions, runPan } from "./pan.js";

export async function panCommand(options: PanOptions): Promise<number> {
  try {
    await runPan(options);
    return 0;
  } catch (err) {
    throw new InputError(`unspun ${(err as Error).message}`);
  }
}
