// Command krait keeps Python projects safe: it reads the code, the
// dependency manifests and the packages a project pulls in, and reports what
// an attacker could use. Run `krait help` for the commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/krait-dev/krait/internal/cli"
)

func main() {
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
