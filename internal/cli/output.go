package cli

import (
	"fmt"
	"io"
	"os"
)

// output is where a command writes its report: standard output, or the
// file that -o names.
type output struct {
	io.Writer
	file *os.File // nil for standard output
	path string
}

// openOutput opens the destination of cmd's report: the file path names
// ("" or "-": standard output). A file is created at once, before the long
// part of a run, so that a wrong -o fails early; when it cannot be, the
// error is printed and ok is false (exit with ExitUsage).
func (a *app) openOutput(cmd, path string) (o *output, ok bool) {
	if path == "" || path == "-" {
		return &output{Writer: a.stdout}, true
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(a.stderr, "krait %s: cannot create the output file: %v\n", cmd, err)
		return nil, false
	}
	return &output{Writer: f, file: f, path: path}, true
}

// color reports whether the report may be coloured: written to a
// terminal, not to a file, with neither --no-color, NO_COLOR nor a dumb
// terminal.
func (a *app) color(o *output, noColor bool) bool {
	return !noColor && o.file == nil && a.getenv("NO_COLOR") == "" && a.getenv("TERM") != "dumb" && isTerminal(o.Writer)
}

// close closes the output file, if any, and returns err, or the error of
// closing it, naming the file.
func (o *output) close(err error) error {
	if o.file == nil {
		return err
	}
	if cerr := o.file.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", o.path, err)
	}
	return nil
}
