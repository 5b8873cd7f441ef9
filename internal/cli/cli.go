// Package cli implements krait's command line: one function, Run, that the
// krait binary calls with its arguments and standard streams, and that tests
// call the same way.
//
// Every subcommand parses its own flags with a flag.FlagSet. Flags may come
// before or after the positional arguments, "--" ends the flags, and -h
// prints the subcommand's help on standard output. Exit codes are those of
// DESIGN.md: 0 nothing at or above --fail-on, 1 findings at or above it,
// 2 usage error or a path that does not exist, 3 internal error; 130 when
// the run was interrupted.
package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/krait-dev/krait/internal/deps/vulndb"
	"github.com/krait-dev/krait/internal/python/parser"
)

// Exit codes.
const (
	ExitOK          = 0   // nothing at or above --fail-on
	ExitFindings    = 1   // findings at or above --fail-on
	ExitUsage       = 2   // usage or configuration error, or a missing path
	ExitInternal    = 3   // internal error
	ExitInterrupted = 130 // the context was cancelled (SIGINT), as shells report it
)

// Run runs krait with the given arguments (without the program name) and
// returns the exit code. It never panics on anything a user can cause.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return newApp(stdin, stdout, stderr).run(ctx, args)
}

// app is one invocation of krait: its streams and the parts tests replace.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	version        string
	getenv         func(string) string
	parse          func(filename string, src []byte) *parser.File
	// lookupDomain reports whether a mail domain exists in DNS (krait
	// inspect's maintainer-domain check); tests replace it.
	lookupDomain func(ctx context.Context, domain string) (bool, error)
	// linkMissing reports whether a URL is known not to exist (krait
	// inspect's link check); tests replace it.
	linkMissing func(ctx context.Context, url string) bool
	// openDB opens the local vulnerability database (vulndb.Open); tests
	// replace it to count the opens.
	openDB func(ctx context.Context, dir string) (*vulndb.DB, error)
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *app {
	a := &app{
		stdin:        stdin,
		stdout:       stdout,
		stderr:       stderr,
		version:      Version(),
		getenv:       os.Getenv,
		parse:        parser.ParseFile,
		lookupDomain: domainExists,
		openDB:       vulndb.Open,
	}
	a.linkMissing = a.probeLink
	return a
}

// Version returns krait's version: the module version that `go install
// ...@version` recorded in the binary, or "devel" for a build from a clone.
func Version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// command is one subcommand. A nil run means the command is planned but not
// built yet.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string) int
}

// commands lists the subcommands in the order help shows them.
func (a *app) commands() []command {
	return []command{
		{"scan", "check everything that applies to PATH (today: Python syntax)", a.scan},
		{"debug", "parser internals: 'krait debug ast FILE...' prints the AST", a.debug},
		{"version", "print krait's version", a.versionCmd},
		{"help", "show help for krait or for a command", a.help},
		{"code", "static analysis of Python source (rules)", a.code},
		{"deps", "dependency audit: known vulnerabilities, malicious and typosquatted names", a.depsCmd},
		{"fix", "upgrade vulnerable pins in place", a.fixCmd},
		{"licenses", "license of every dependency, checked against a policy", a.licensesCmd},
		{"sbom", "software bill of materials: CycloneDX 1.6 or SPDX 2.3 JSON", a.sbomCmd},
		{"inspect", "a package before you install it: sdist, wheel, directory or NAME==VERSION", a.inspect},
		{"db", "the local vulnerability database (OSV format): update, import, status", a.dbCmd},
		{"rules", "list the rules", a.rulesCmd},
		{"explain", "explain a rule: krait explain ID", a.explain},
	}
}

func (a *app) lookup(name string) (command, bool) {
	for _, c := range a.commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func (a *app) run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		a.usage(a.stderr)
		return ExitUsage
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help":
		a.usage(a.stdout)
		return ExitOK
	case "-version", "--version":
		return a.versionCmd(ctx, nil)
	}
	c, ok := a.lookup(name)
	if !ok {
		if strings.HasPrefix(name, "-") {
			fmt.Fprintf(a.stderr, "krait: flag %s must follow a command\nRun 'krait help' for usage.\n", name)
		} else {
			fmt.Fprintf(a.stderr, "krait: unknown command %q\nRun 'krait help' for usage.\n", name)
		}
		return ExitUsage
	}
	if c.run == nil {
		return a.notYet(c)
	}
	return c.run(ctx, args[1:])
}

func (a *app) notYet(c command) int {
	fmt.Fprintf(a.stderr, "krait %s: not yet available in krait %s (%s).\nRun 'krait help' for the commands that are.\n", c.name, a.version, c.summary)
	return ExitUsage
}

func (a *app) usage(w io.Writer) {
	var b strings.Builder
	b.WriteString(`krait keeps Python projects safe: it reads the code, the dependency manifests
and the packages a project pulls in, and reports what an attacker could use.

Usage:
  krait <command> [flags] [arguments]

Commands:
`)
	var later []command
	for _, c := range a.commands() {
		if c.run == nil {
			later = append(later, c)
			continue
		}
		fmt.Fprintf(&b, "  %-9s %s\n", c.name, c.summary)
	}
	if len(later) > 0 {
		b.WriteString("\nNot yet available:\n")
		for _, c := range later {
			fmt.Fprintf(&b, "  %-9s %s\n", c.name, c.summary)
		}
	}
	b.WriteString(`
Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
2 usage error or a path that does not exist; 3 internal error.

Run 'krait help COMMAND' or 'krait COMMAND -h' for a command's flags.
`)
	io.WriteString(w, b.String())
}

// help implements `krait help [COMMAND]`.
func (a *app) help(ctx context.Context, args []string) int {
	switch len(args) {
	case 0:
		a.usage(a.stdout)
		return ExitOK
	case 1:
	default:
		fmt.Fprintf(a.stderr, "krait help: too many arguments\nUsage: krait help [COMMAND]\n")
		return ExitUsage
	}
	c, ok := a.lookup(args[0])
	if !ok {
		fmt.Fprintf(a.stderr, "krait help: unknown command %q\nRun 'krait help' for usage.\n", args[0])
		return ExitUsage
	}
	switch {
	case c.run == nil:
		return a.notYet(c)
	case c.name == "help":
		a.usage(a.stdout)
		return ExitOK
	}
	return c.run(ctx, []string{"-h"})
}

// versionCmd implements `krait version`.
func (a *app) versionCmd(_ context.Context, args []string) int {
	fs := newFlagSet("version", "krait version", "Print krait's version.")
	pos, code, ok := a.parseFlags(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return a.usageError(fs, "unexpected argument %q", pos[0])
	}
	fmt.Fprintf(a.stdout, "krait %s\n", a.version)
	return ExitOK
}
