package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/deps/pypi"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/report/sarif"
	textreport "github.com/krait-dev/krait/internal/report/text"
	"github.com/krait-dev/krait/internal/supplychain/inspect"
	"github.com/krait-dev/krait/internal/supplychain/inspect/malcode"
	"github.com/krait-dev/krait/internal/supplychain/typosquat"
)

const inspectHelp = `
Rate a package before installing it. TARGET is an sdist (.tar.gz, .zip),
a wheel (.whl), an unpacked directory, or NAME==VERSION, which is
downloaded (sdist and one wheel, sha256-checked, read in memory) from the
index given by --index-url.

For NAME==VERSION the index's metadata is checked too: a placeholder or
empty summary, a first release younger than --min-age days, a single
release, author/maintainer e-mail at a free-mail or disposable provider (or
none), and repository links that do not match the name or point at a
popular project's repository (starjacking). These add to the score but
never make a package malicious (or, alone, suspicious).

Nothing from the package is extracted, imported, built or run. Every Python
file is checked by the malicious-code rules (KRT6xxx: 'krait explain
KRT6001'); files, .pth hooks, console scripts, metadata and archive members
are checked too. Each finding is weighed by when its code runs — install
time (setup.py, cmdclass overrides, build backends), interpreter start-up
(.pth, sitecustomize.py), import time (__init__.py), or inside a function —
and the weights add up to a score and a verdict: clean, suspicious or
malicious. Patterns that honest packages also use (network access,
subprocess) never make a package malicious on their own.

Exit status: 1 when the verdict is malicious (--fail-on suspicious also
fails on suspicious; --fail-on SEVERITY fails on any finding at or above
it), 2 for a usage error or a TARGET that does not exist, 3 for an internal
error.
`

// newInspectIndex returns the index client used for NAME==VERSION targets.
func newInspectIndex(indexURL string) (inspect.Index, error) {
	return pypi.New(pypi.Options{BaseURL: indexURL})
}

// inspect implements `krait inspect TARGET`.
func (a *app) inspect(ctx context.Context, args []string) int {
	flags := newFlagSet("inspect", "krait inspect [flags] TARGET", inspectHelp)
	format := flags.String("format", "text", "output `FORMAT`: text, json or sarif")
	output := flags.String("o", "", "write the report to `FILE` instead of standard output")
	failOn := flags.String("fail-on", "malicious", "exit 1 at this `LEVEL`: a verdict (malicious, suspicious) or a finding severity (low, medium, high, critical)")
	indexURL := flags.String("index-url", pypi.DefaultBaseURL, "the package index for NAME==VERSION (PyPI's JSON API at `URL`/pypi/NAME/VERSION/json)")
	jobs := flags.Int("jobs", 0, "check `N` files at a time; 0 means one per CPU")
	quiet := flags.Bool("q", false, "quiet: print the verdict line and the findings only")
	noColor := flags.Bool("no-color", false, "never colour the output")
	minAge := flags.Int("min-age", 30, "for NAME==VERSION, report a project whose first release is younger than `DAYS` days (0 turns the check off)")
	pos, code, ok := a.parseFlags(flags, args)
	if !ok {
		return code
	}
	if len(pos) != 1 || pos[0] == "" {
		return a.usageError(flags, "want exactly one TARGET")
	}
	if *format != "text" && *format != "json" && *format != "sarif" {
		return a.usageError(flags, "unsupported --format %q (want text, json or sarif)", *format)
	}
	if *jobs < 0 {
		return a.usageError(flags, "--jobs must be 0 or more, not %d", *jobs)
	}
	if *jobs == 0 {
		*jobs = runtime.NumCPU()
	}
	if *minAge < 0 {
		return a.usageError(flags, "--min-age must be 0 or more days, not %d", *minAge)
	}
	failVerdict, failSev := inspect.Verdict(""), finding.Severity(0)
	switch strings.ToLower(*failOn) {
	case "malicious":
		failVerdict = inspect.Malicious
	case "suspicious":
		failVerdict = inspect.Suspicious
	default:
		s, err := finding.ParseSeverity(*failOn)
		if err != nil {
			return a.usageError(flags, "--fail-on: want malicious, suspicious, low, medium, high or critical, not %q", *failOn)
		}
		failSev = s
	}

	target := pos[0]
	opts := inspect.Options{Jobs: *jobs, Typosquat: typosquat.NewIndex(typosquat.Builtin(), typosquat.Options{}),
		MinAge: time.Duration(*minAge) * 24 * time.Hour}
	if *minAge == 0 {
		opts.MinAge = -1 // off
	}
	var rep *inspect.Report
	var err error
	if _, statErr := os.Lstat(target); statErr == nil {
		var pkg *inspect.Package
		pkg, err = inspect.Load(ctx, target)
		if err == nil {
			rep, err = inspect.Inspect(ctx, pkg, opts)
		}
	} else if name, version, ok := inspect.ParseTarget(target); ok {
		var idx inspect.Index
		idx, err = newInspectIndex(*indexURL)
		if err != nil {
			return a.usageError(flags, "--index-url: %v", err)
		}
		var fetched *inspect.Fetched
		fetched, err = inspect.Fetch(ctx, idx, name, version)
		if err == nil {
			opts.ExpectName, opts.PreviousVersion, opts.Index = name, fetched.PreviousVersion, fetched.Index
			rep, err = inspect.InspectAll(ctx, target, fetched.Packages, opts)
		}
	} else {
		fmt.Fprintf(a.stderr, "krait inspect: %s: no such file or directory (and not NAME==VERSION)\n", target)
		return ExitUsage
	}
	if err != nil {
		if ctx.Err() != nil {
			return a.interrupted("inspect")
		}
		fmt.Fprintf(a.stderr, "krait inspect: %v\n", err)
		return ExitUsage
	}

	var w io.Writer = a.stdout
	var outFile *os.File
	if *output != "" && *output != "-" {
		outFile, err = os.Create(*output)
		if err != nil {
			fmt.Fprintf(a.stderr, "krait inspect: cannot create the output file: %v\n", err)
			return ExitUsage
		}
		defer outFile.Close() // closed explicitly below; this covers early returns
		w = outFile
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		err = enc.Encode(rep)
	case "sarif":
		var metas []*analysis.Rule
		for _, r := range malcode.Rules() {
			metas = append(metas, &r.Rule)
		}
		err = sarif.Write(w, rep.Findings, metas, sarif.ToolInfo{Version: a.version})
	default:
		color := !*noColor && outFile == nil && a.getenv("NO_COLOR") == "" && a.getenv("TERM") != "dumb" && isTerminal(w)
		err = writeInspectText(w, rep, a.version, color, *quiet)
	}
	if outFile != nil {
		if cerr := outFile.Close(); err == nil && cerr != nil {
			err = cerr
		}
		if err != nil {
			err = fmt.Errorf("%s: %w", *output, err)
		}
	}
	if err != nil {
		fmt.Fprintf(a.stderr, "krait inspect: %v\n", err)
		return ExitInternal
	}
	switch {
	case failVerdict == inspect.Malicious && rep.Verdict == inspect.Malicious,
		failVerdict == inspect.Suspicious && rep.Verdict != inspect.Clean,
		failSev != 0 && finding.AtOrAbove(rep.Findings, failSev) > 0:
		return ExitFindings
	}
	return ExitOK
}

// writeInspectText prints the verdict line, the findings and the
// contributions that explain the score.
func writeInspectText(w io.Writer, rep *inspect.Report, version string, color, quiet bool) error {
	what := string(rep.Kind)
	if rep.Name != "" {
		what += ", " + rep.Name + " " + rep.Version
	}
	if _, err := fmt.Fprintf(w, "%s (%s): %s (score %.1f, decisive %.1f; %d files, %d Python)\n",
		rep.Target, what, strings.ToUpper(string(rep.Verdict)), rep.Score, rep.DecisiveScore, rep.Files, rep.PythonFiles); err != nil {
		return err
	}
	if len(rep.Findings) > 0 {
		if err := textreport.Write(w, &report.Report{Version: version, Files: rep.Files, Findings: rep.Findings}, textreport.Options{Color: color, Quiet: true}); err != nil {
			return err
		}
	}
	if quiet || len(rep.Contributions) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString("score:\n")
	for _, c := range rep.Contributions {
		mark := ""
		if c.Decisive {
			mark = " decisive"
		}
		fmt.Fprintf(&b, "  %+5.1f %s %s:%d (%s%s)\n", c.Points, c.RuleID, c.Path, c.Line, c.Where, mark)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
