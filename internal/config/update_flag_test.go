package config

// Registers the -update flag, so that `go test ./... -update` also runs
// this package (a test binary fails on a flag it does not define).
import _ "github.com/krait-dev/krait/internal/testutil"
