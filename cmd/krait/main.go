// Command krait keeps Python projects safe: it reads the code, the
// dependency manifests and the packages a project pulls in, and reports what
// an attacker could use. Run `krait help` for the commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/krait-dev/krait/internal/cli"
)

func main() {
	// krait is a short batch run that allocates many small, short-lived
	// trees: collect garbage less often (the heap may grow to five times
	// the live data), but stay under a soft limit of 1 GiB. GOGC and
	// GOMEMLIMIT still override both.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1 << 30)
	}
	// The first SIGINT (or SIGTERM) cancels ctx and krait stops cleanly;
	// after stop, a second one kills the process as usual.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
