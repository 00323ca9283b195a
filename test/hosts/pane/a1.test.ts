/** A1 address helpers of the pane. */
import { a1RoundTrips } from './helpers';

test('A1 helpers round-trip', a1RoundTrips);
