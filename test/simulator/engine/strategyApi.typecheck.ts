/**
 * Type-level specification of the information boundary between engine and strategies.
 * `npx tsc -p .` checks this file, and every `@ts-expect-error` line must fail to compile.
 * A view that starts to expose latent state or to allow writes therefore breaks the type
 * check. Nothing here runs.
 */

import type { ObservableView, ProtectedView, StrategyContext } from "../../../simulator/engine/strategyApi.js";

export function readObservableFields(view: ObservableView): number {
  // placement data and the case history are readable
  return view.claimAmount[0] + view.status[0] + view.outstanding[0] + view.undeliverable[0];
}

export function readLatentFields(view: ObservableView): void {
  // @ts-expect-error the segment is latent
  void view.segment;
  // @ts-expect-error trust is latent
  void view.trust;
  // @ts-expect-error liquidity is latent
  void view.freeCash;
  // @ts-expect-error a claim error is latent until a dispute is checked
  void view.claimError;
  // @ts-expect-error protected attributes are not part of the observable view
  void view.incomeBand;
}

export function writeViewFields(view: ObservableView): void {
  // @ts-expect-error view entries are read-only
  view.status[0] = 3;
  // @ts-expect-error view entries are read-only
  view.outstanding[0] = 0;
  // @ts-expect-error view fields cannot be replaced
  view.claimAmount = new Float64Array(1);
}

export function reachEngineState(context: StrategyContext): void {
  // @ts-expect-error the context carries no population
  void context.population;
  // @ts-expect-error the context carries no case state
  void context.state;
  // @ts-expect-error the view cannot be swapped
  context.view = context.view;
}

export function readProtectedFields(context: StrategyContext): number {
  // @ts-expect-error the protected view may be undefined
  const direct = context.protectedView.gender[0];
  const view: ProtectedView | undefined = context.protectedView;
  return direct + (view === undefined ? 0 : view.incomeBand[0]);
}

export function writeProtectedFields(view: ProtectedView): void {
  // @ts-expect-error protected entries are read-only
  view.vulnerability[0] = 0;
}
