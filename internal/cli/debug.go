package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"

	"github.com/krait-dev/krait/internal/python/ast"
)

const debugHelp = `
Commands that show krait's internals, for people working on krait.

  ast FILE...   print the AST of each file in CPython's ast.dump format
`

const debugASTHelp = `
For each FILE, print a line "== FILE", then one line with the file's AST as
Python 3.11 prints ast.dump(ast.parse(source), include_attributes=True),
or, when the file does not parse, one line "!! FILE:LINE: KIND: MESSAGE"
with the first syntax error (KIND is SyntaxError, IndentationError or
TabError). Fields that Python 3.12 and 3.13 added (type_params,
default_value) are printed only when they are not empty.

Exits 0 even when files have syntax errors, and 2 when a file cannot be read
(reported on standard error; the other files are still printed).
`

// debug implements `krait debug SUBCOMMAND`.
func (a *app) debug(ctx context.Context, args []string) int {
	flags := newFlagSet("debug", "krait debug <command> [arguments]", debugHelp)
	if len(args) == 0 {
		return a.usageError(flags, "missing command (ast)")
	}
	switch args[0] {
	case "ast":
		return a.debugAST(ctx, args[1:])
	case "-h", "-help", "--help", "help":
		flags.writeHelp(a.stdout)
		return ExitOK
	}
	return a.usageError(flags, "unknown command %q (want ast)", args[0])
}

// debugAST implements `krait debug ast FILE...`.
func (a *app) debugAST(ctx context.Context, args []string) int {
	flags := newFlagSet("debug ast", "krait debug ast FILE...", debugASTHelp)
	files, code, ok := a.parseFlags(flags, args)
	if !ok {
		return code
	}
	if len(files) == 0 {
		return a.usageError(flags, "no files given")
	}
	out := bufio.NewWriter(a.stdout)
	code = ExitOK
	for _, path := range files {
		if ctx.Err() != nil {
			out.Flush()
			return a.interrupted("debug ast")
		}
		line, err := a.dumpFile(path)
		if err != nil {
			out.Flush() // keep stdout and stderr in order
			fmt.Fprintf(a.stderr, "krait debug ast: %v\n", err)
			if code == ExitOK {
				code = ExitUsage
			}
			if ie := (*internalError)(nil); errors.As(err, &ie) {
				code = ExitInternal
			}
			continue
		}
		fmt.Fprintf(out, "== %s\n%s\n", path, line)
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(a.stderr, "krait debug ast: writing output: %v\n", err)
		return ExitInternal
	}
	return code
}

// internalError is a panic turned into an error.
type internalError struct {
	path  string
	value any
}

func (e *internalError) Error() string {
	return fmt.Sprintf("%s: internal error: %v (this is a bug in krait; please report it)", e.path, e.value)
}

// dumpFile returns the line that `krait debug ast` prints for path.
func (a *app) dumpFile(path string) (line string, err error) {
	defer func() {
		if r := recover(); r != nil {
			line, err = "", &internalError{path: path, value: r}
		}
	}()
	src, err := readSource(path)
	if err != nil {
		return "", readError(path, err)
	}
	f := a.parse(path, src)
	if len(f.Errors) > 0 {
		e := f.Errors[0]
		return fmt.Sprintf("!! %s:%d: %s: %s", path, e.Line, e.Kind, e.Msg), nil
	}
	return ast.Dump(f.Module), nil
}
