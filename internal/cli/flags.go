package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// flagSet is a subcommand's flags plus the text of its help.
type flagSet struct {
	*flag.FlagSet
	synopsis    string // e.g. "krait scan [flags] [PATH...]"
	description string // paragraphs shown after the synopsis
}

func newFlagSet(name, synopsis, description string) *flagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors and help are printed by parseFlags
	fs.Usage = func() {}
	return &flagSet{FlagSet: fs, synopsis: synopsis, description: description}
}

// commandName is the name used in messages, e.g. "krait debug ast".
func (fs *flagSet) commandName() string { return "krait " + fs.Name() }

// writeHelp prints the synopsis, description and flags of fs.
func (fs *flagSet) writeHelp(w io.Writer) {
	var b strings.Builder
	fmt.Fprintf(&b, "Usage: %s\n\n%s\n", fs.synopsis, strings.TrimSpace(fs.description))
	var flags []*flag.Flag
	fs.VisitAll(func(f *flag.Flag) { flags = append(flags, f) })
	b.WriteString("\nFlags:\n")
	for _, f := range flags {
		arg, usage := flag.UnquoteUsage(f)
		dash := "--"
		if len(f.Name) == 1 {
			dash = "-"
		}
		head := dash + f.Name
		if arg != "" {
			head += " " + strings.ToUpper(arg)
		}
		fmt.Fprintf(&b, "  %s\n        %s", head, usage)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			fmt.Fprintf(&b, " (default %s)", f.DefValue)
		}
		b.WriteString("\n")
	}
	b.WriteString("  -h, --help\n        show this help\n")
	io.WriteString(w, b.String())
}

// parseFlags parses args with fs, allowing flags after positional
// arguments. It returns the positional arguments and ok; when ok is false
// the caller returns code: ExitOK after -h printed the help, ExitUsage after
// a flag error was reported.
func (a *app) parseFlags(fs *flagSet, args []string) (positional []string, code int, ok bool) {
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fs.writeHelp(a.stdout)
			return nil, ExitOK, false
		}
		if err != nil {
			return nil, a.usageError(fs, "%v", err), false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, 0, true
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), 0, true
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// usageError reports a usage error for the command of fs and returns
// ExitUsage.
func (a *app) usageError(fs *flagSet, format string, args ...any) int {
	fmt.Fprintf(a.stderr, "%s: %s\nRun '%s -h' for usage.\n", fs.commandName(), fmt.Sprintf(format, args...), fs.commandName())
	return ExitUsage
}
