// Command krait keeps Python projects safe: it reads the code, the
// dependency manifests and the packages a project pulls in, and reports what
// an attacker could use. Run `krait help` for the commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
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
	stopProfile := startProfile(os.Getenv("KRAIT_CPUPROFILE"))
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stopProfile()
	stop()
	os.Exit(code)
}

// startProfile writes a CPU profile of the run to path when path is not
// empty (KRAIT_CPUPROFILE, for work on krait's speed), and returns the
// function that ends it.
func startProfile(path string) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		os.Stderr.WriteString("krait: KRAIT_CPUPROFILE: " + err.Error() + "\n")
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
