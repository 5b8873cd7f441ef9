package text

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/report"
)

// WriteDeps writes the findings of a dependency audit to w, grouped by
// package: one heading per package and version with the file lines that
// declare it, then one line per finding with its severity, rule, ids and
// fixed versions. Findings about no package (unreadable files, ignores)
// follow in the format of Write.
func WriteDeps(w io.Writer, r *report.Report, opts Options) error {
	bw := bufio.NewWriter(w)
	paint := func(code, s string) string {
		if !opts.Color {
			return s
		}
		return code + s + reset
	}
	type group struct {
		key      string
		places   []string
		findings []*finding.Finding
	}
	var groups []*group
	byKey := make(map[string]*group)
	var others report.Report
	others.Files = r.Files
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Suppressed != nil && !opts.ShowSuppressed {
			continue
		}
		if f.Package == "" {
			others.Findings = append(others.Findings, *f)
			continue
		}
		key := f.Package
		if f.Version != "" {
			key += " " + f.Version
		}
		g := byKey[key]
		if g == nil {
			g = &group{key: key}
			byKey[key] = g
			groups = append(groups, g)
		}
		place := Sanitize(f.Path) + ":" + strconv.Itoa(f.Line)
		if len(g.places) == 0 || g.places[len(g.places)-1] != place {
			found := false
			for _, p := range g.places {
				found = found || p == place
			}
			if !found {
				g.places = append(g.places, place)
			}
		}
		g.findings = append(g.findings, f)
	}
	for _, g := range groups {
		fmt.Fprintf(bw, "%s  %s\n", paint(bold, Sanitize(g.key)), paint(dim, strings.Join(g.places, ", ")))
		seen := make(map[string]bool)
		for _, f := range g.findings {
			id := f.RuleID
			if len(f.Aliases) > 0 {
				id = f.Aliases[0]
			}
			if seen[id+f.Message] {
				continue // the same advisory reported at several lines
			}
			seen[id+f.Message] = true
			fmt.Fprintf(bw, "  %s %s %s\n", paint(severityColor(f.Severity), fmt.Sprintf("%-10s", "["+f.Severity.String()+"]")),
				paint(bold, Sanitize(id)), Sanitize(f.Message))
			if len(f.FixedVersions) > 0 {
				fmt.Fprintf(bw, "  %s fixed in: %s\n", strings.Repeat(" ", 10), Sanitize(strings.Join(f.FixedVersions, ", ")))
			}
			if s := f.Suppressed; s != nil {
				fmt.Fprintf(bw, "  %s %s\n", strings.Repeat(" ", 10), paint(dim, "[suppressed: "+Sanitize(s.Reason)+"]"))
			}
		}
	}
	if len(groups) > 0 && len(others.Findings) > 0 {
		bw.WriteString("\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing text report: %w", err)
	}
	quiet := opts
	quiet.Quiet = true
	if err := Write(w, &others, quiet); err != nil {
		return err
	}
	if !opts.Quiet {
		if len(groups) > 0 || shown(&others, opts) > 0 {
			fmt.Fprintln(w)
		}
		if _, err := fmt.Fprintln(w, Summary(r)); err != nil {
			return fmt.Errorf("writing text report: %w", err)
		}
	}
	return nil
}
