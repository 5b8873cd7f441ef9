package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/deps/pypi"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/httpclient"
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

// newInspectIndex returns the index client used for NAME==VERSION targets,
// with krait's HTTP client (user agent, retries, proxies).
func (a *app) newInspectIndex(indexURL string) (inspect.Index, error) {
	return pypi.New(pypi.Options{BaseURL: indexURL, HTTPClient: httpclient.New(httpclient.Options{Version: a.version})})
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
		idx, err = a.newInspectIndex(*indexURL)
		if err != nil {
			return a.usageError(flags, "--index-url: %v", err)
		}
		var fetched *inspect.Fetched
		fetched, err = inspect.Fetch(ctx, idx, name, version)
		if err == nil && fetched.Index != nil {
			a.probeIndex(ctx, fetched.Index)
		}
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

	w, ok := a.openOutput("inspect", *output)
	if !ok {
		return ExitUsage
	}
	defer w.close(nil) // closed explicitly below; this covers early returns
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
		err = writeInspectText(w, rep, a.version, a.color(w, *noColor), *quiet)
	}
	if err = w.close(err); err != nil {
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

// maxProbes bounds the links and the mail domains krait inspect checks
// online for one release; the rest are not checked.
const maxProbes = 8

// probeIndex fills the online checks of a release's metadata: which of
// its http(s) links do not exist (404/410, or a host that does not
// resolve) and which maintainer mail domains are not in DNS. Anything
// that fails otherwise (a timeout, a refused connection) says nothing and
// is left out.
func (a *app) probeIndex(ctx context.Context, ii *inspect.IndexInfo) {
	if ii.Info == nil {
		return
	}
	var links []string
	add := func(u string) {
		u = strings.TrimSpace(u)
		if (strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) && !slices.Contains(links, u) && len(links) < maxProbes {
			links = append(links, u)
		}
	}
	add(ii.Info.HomePage)
	keys := make([]string, 0, len(ii.Info.ProjectURLs))
	for k := range ii.Info.ProjectURLs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		add(ii.Info.ProjectURLs[k])
	}
	for _, u := range links {
		if a.linkMissing(ctx, u) {
			ii.MissingLinks = append(ii.MissingLinks, u)
		}
	}
	var domains []string
	for _, e := range append(ii.Info.AuthorEmails(), ii.Info.MaintainerEmails()...) {
		if _, d, ok := strings.Cut(strings.ToLower(strings.TrimSpace(e)), "@"); ok && d != "" && !slices.Contains(domains, d) && len(domains) < maxProbes {
			domains = append(domains, d)
		}
	}
	for _, d := range domains {
		if exists, err := a.lookupDomain(ctx, d); err == nil && !exists {
			ii.DeadDomains = append(ii.DeadDomains, d)
		}
	}
}

// probeLink reports whether u is known not to exist: its host does not
// resolve, or it answers 404 or 410 (to HEAD, or to GET when HEAD is not
// allowed).
func (a *app) probeLink(ctx context.Context, u string) bool {
	client := httpclient.New(httpclient.Options{Version: a.version, Timeout: 15 * time.Second, MaxAttempts: 1})
	for _, method := range []string{http.MethodHead, http.MethodGet} {
		req, err := http.NewRequestWithContext(ctx, method, u, nil)
		if err != nil {
			return false
		}
		resp, err := client.Do(req)
		if err != nil {
			var dnsErr *net.DNSError
			return errors.As(err, &dnsErr) && dnsErr.IsNotFound
		}
		resp.Body.Close()
		switch resp.StatusCode {
		case http.StatusNotFound, http.StatusGone:
			return true
		case http.StatusMethodNotAllowed, http.StatusNotImplemented:
			continue // try GET
		}
		return false
	}
	return false
}

// domainExists reports whether a mail domain exists in DNS: it has MX
// records, or else address records. A lookup that fails for another
// reason than "no such host" is an error.
func domainExists(ctx context.Context, domain string) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if mx, err := net.DefaultResolver.LookupMX(ctx, domain); err == nil && len(mx) > 0 {
		return true, nil
	}
	_, err := net.DefaultResolver.LookupHost(ctx, domain)
	if err == nil {
		return true, nil
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		return false, nil
	}
	return false, err
}
