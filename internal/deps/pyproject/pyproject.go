// Package pyproject reads the dependencies declared in pyproject.toml.
//
// It reads PEP 621 [project] dependencies (Group "main") and
// optional-dependencies (Group = the extra's name), PEP 735
// [dependency-groups] (Group = the group's name) and Poetry's
// [tool.poetry] dependencies (Group "main"), dev-dependencies (Group
// "dev") and group.<name>.dependencies (Group = name). Every package is
// Direct and keeps the line of its entry.
//
// Decisions:
//
//   - A PEP 735 {include-group = "x"} adds x's packages to the including
//     group: they are returned again with the including group's name and
//     the file position of their own entry. An include cycle or an unknown
//     group is a problem at the include's line.
//   - Poetry constraints are translated to PEP 440 by TranslateConstraint.
//     A union ("A || B") cannot be one specifier set: the package is
//     returned without specifiers (every version allowed, so an audit
//     judges all releases) and a problem quotes the translated union.
//   - Poetry's "python" entry is the interpreter, not a package; it is
//     skipped. A dependency's python = "..." restriction becomes a
//     python_version marker joined to its markers with "and".
//   - Poetry git, path and url dependencies are returned with
//     NotAuditable giving the reason. A list of tables (multiple
//     constraints) gives one package per table.
//   - optional = true is kept as an ordinary package of its group: it is
//     still a declared dependency that extras may install.
//   - "dependencies" or "optional-dependencies" listed in
//     project.dynamic is a problem: the build backend computes them.
//   - A TOML syntax error is a problem at its line, with no packages; the
//     file being unreadable, not regular or larger than MaxFileSize is an
//     error.
package pyproject

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
	"github.com/krait-dev/krait/internal/deps/pep508"
)

// MaxFileSize is the default limit on the size of pyproject.toml.
const MaxFileSize = 4 << 20

// MaxIncludeDepth bounds the nesting of PEP 735 include-group entries.
const MaxIncludeDepth = 64

// Options tunes Parse. The zero value uses the default limits.
type Options struct {
	// MaxFileSize overrides the file size limit when positive.
	MaxFileSize int64
}

// Parse reads the pyproject.toml at path. It returns the declared packages
// (PEP 621 first, then PEP 735 groups, then Poetry, each in file order),
// the problems met, and an error only when path cannot be read or ctx is
// cancelled.
func Parse(ctx context.Context, path string, opts Options) ([]inventory.Package, []inventory.Problem, error) {
	limit := opts.MaxFileSize
	if limit <= 0 {
		limit = MaxFileSize
	}
	data, err := readFile(path, limit)
	if err != nil {
		return nil, nil, err
	}
	return ParseBytes(ctx, path, data, opts)
}

// ParseBytes parses data as the pyproject.toml named path.
func ParseBytes(ctx context.Context, path string, data []byte, opts Options) ([]inventory.Package, []inventory.Problem, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, fmt.Errorf("pyproject file %s: %w", path, err)
	}
	p := &parser{file: path}
	data = []byte(strings.TrimPrefix(string(data), "\ufeff"))
	var doc map[string]any
	if err := toml.Unmarshal(data, &doc); err != nil {
		line := 0
		var de *toml.DecodeError
		if errors.As(err, &de) {
			line, _ = de.Position()
		}
		p.problem(line, "invalid TOML: %v", err)
		return nil, p.problems, nil
	}
	p.pos = scanPositions(data)
	p.project(doc)
	p.dependencyGroups(doc)
	p.poetry(doc)
	if err := ctx.Err(); err != nil {
		return p.pkgs, p.problems, fmt.Errorf("pyproject file %s: %w", path, err)
	}
	return p.pkgs, p.problems, nil
}

func readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("pyproject file %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("pyproject file %s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("pyproject file %s: not a regular file", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("pyproject file %s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("pyproject file %s: larger than the limit of %d bytes", path, limit)
	}
	return data, nil
}

type parser struct {
	file     string
	pos      positions
	pkgs     []inventory.Package
	problems []inventory.Problem
}

func (p *parser) problem(line int, format string, args ...any) {
	p.problems = append(p.problems, inventory.Problem{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// line returns the line of the key path, falling back to its parents.
func (p *parser) line(path ...string) int {
	for n := len(path); n > 0; n-- {
		if l, ok := p.pos[keyOf(path[:n])]; ok {
			return l
		}
	}
	return 0
}

func (p *parser) project(doc map[string]any) {
	proj, ok := doc["project"].(map[string]any)
	if !ok {
		if _, present := doc["project"]; present {
			p.problem(p.line("project"), "[project] is not a table")
		}
		return
	}
	if dyn, ok := proj["dynamic"].([]any); ok {
		for _, d := range dyn {
			if d == "dependencies" || d == "optional-dependencies" {
				p.problem(p.line("project", "dynamic"), "project.%s is dynamic (computed by the build backend); not read", d)
			}
		}
	}
	if deps, present := proj["dependencies"]; present {
		p.pep508List(deps, "main", "project", "dependencies")
	}
	if opt, present := proj["optional-dependencies"]; present {
		m, ok := opt.(map[string]any)
		if !ok {
			p.problem(p.line("project", "optional-dependencies"), "project.optional-dependencies is not a table")
			return
		}
		for _, extra := range p.sortedKeys(m, "project", "optional-dependencies") {
			p.pep508List(m[extra], extra, "project", "optional-dependencies", extra)
		}
	}
}

// sortedKeys returns the keys of m in file order.
func (p *parser) sortedKeys(m map[string]any, path ...string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.SliceStable(keys, func(i, j int) bool {
		li, lj := p.line(append(path, keys[i])...), p.line(append(path, keys[j])...)
		if li != lj {
			return li < lj
		}
		return keys[i] < keys[j]
	})
	return keys
}

func (p *parser) pep508List(v any, group string, path ...string) {
	list, ok := v.([]any)
	if !ok {
		p.problem(p.line(path...), "%s is not an array of strings", strings.Join(path, "."))
		return
	}
	for i, e := range list {
		line := p.line(append(path, elem(i))...)
		s, ok := e.(string)
		if !ok {
			p.problem(line, "%s: entry %d is not a string", strings.Join(path, "."), i+1)
			continue
		}
		p.addRequirement(s, group, line)
	}
}

func (p *parser) addRequirement(s, group string, line int) {
	pkg, err := FromRequirement(s)
	if err != nil {
		p.problem(line, "%v", err)
		return
	}
	pkg.Group, pkg.File, pkg.Line, pkg.Direct = group, p.file, line, true
	p.pkgs = append(p.pkgs, pkg)
}

// FromRequirement converts a PEP 508 requirement string into a Package
// (without file, line, group or Direct).
func FromRequirement(s string) (inventory.Package, error) {
	r, err := pep508.ParseRequirement(s)
	if err != nil {
		return inventory.Package{}, fmt.Errorf("invalid requirement %q: %v", s, err)
	}
	pkg := inventory.Package{
		Name:       r.Name,
		Normalized: pep503.Normalize(r.Name),
		Extras:     r.Extras,
		Specifiers: r.Specifiers,
		Source:     inventory.SourcePyPI,
	}
	if r.Marker != nil {
		rest := s
		if r.URL != "" {
			if i := strings.Index(s, r.URL); i >= 0 {
				rest = s[i+len(r.URL):]
			}
		}
		if _, m, ok := strings.Cut(rest, ";"); ok {
			pkg.Marker = strings.TrimSpace(m)
		} else {
			pkg.Marker = r.Marker.String()
		}
	}
	setPin(&pkg)
	if r.URL != "" {
		setURL(&pkg, r.URL)
	}
	return pkg, nil
}

func setPin(pkg *inventory.Package) {
	for _, sp := range pkg.Specifiers {
		if (sp.Op == pep440.OpEqual && !sp.Wildcard) || sp.Op == pep440.OpArbitrary {
			pkg.Version = sp.Text
		}
	}
}

func setURL(pkg *inventory.Package, u string) {
	pkg.URL = u
	low := strings.ToLower(u)
	switch {
	case strings.HasPrefix(low, "git+") || strings.HasPrefix(low, "hg+") || strings.HasPrefix(low, "svn+") || strings.HasPrefix(low, "bzr+"):
		pkg.Source = inventory.SourceVCS
		pkg.NotAuditable = "VCS reference " + u + ": the installed version is not known without checking it out"
	case strings.HasPrefix(low, "file:"):
		pkg.Source = inventory.SourcePath
		pkg.NotAuditable = "local path " + u + ": not a published release"
	default:
		pkg.Source = inventory.SourceURL
		pkg.NotAuditable = "direct URL " + u + ": not resolved through an index"
	}
}

// dependencyGroups reads PEP 735 [dependency-groups].
func (p *parser) dependencyGroups(doc map[string]any) {
	raw, present := doc["dependency-groups"]
	if !present {
		return
	}
	groups, ok := raw.(map[string]any)
	if !ok {
		p.problem(p.line("dependency-groups"), "[dependency-groups] is not a table")
		return
	}
	byNorm := map[string]string{}
	for _, g := range p.sortedKeys(groups, "dependency-groups") {
		n := pep503.Normalize(g)
		if prev, dup := byNorm[n]; dup {
			p.problem(p.line("dependency-groups", g), "dependency group %q duplicates %q after normalisation", g, prev)
			continue
		}
		byNorm[n] = g
	}
	for _, g := range p.sortedKeys(groups, "dependency-groups") {
		if byNorm[pep503.Normalize(g)] != g {
			continue
		}
		p.expandGroup(groups, byNorm, g, g, []string{g})
	}
}

// expandGroup adds the entries of group name under the group label as;
// stack holds the groups being expanded, outermost first.
func (p *parser) expandGroup(groups map[string]any, byNorm map[string]string, name, as string, stack []string) {
	list, ok := groups[name].([]any)
	if !ok {
		p.problem(p.line("dependency-groups", name), "dependency group %q is not an array", name)
		return
	}
	for i, e := range list {
		line := p.line("dependency-groups", name, elem(i))
		switch e := e.(type) {
		case string:
			p.addRequirement(e, as, line)
		case map[string]any:
			inc, ok := e["include-group"].(string)
			if !ok || len(e) != 1 {
				p.problem(line, "dependency group %q: entry %d must be a string or {include-group = \"name\"}", name, i+1)
				continue
			}
			target, ok := byNorm[pep503.Normalize(inc)]
			if !ok {
				p.problem(line, "dependency group %q includes unknown group %q", name, inc)
				continue
			}
			cycle := false
			for _, s := range stack {
				if s == target {
					cycle = true
				}
			}
			if cycle {
				p.problem(line, "dependency group include cycle: %s -> %s", strings.Join(stack, " -> "), target)
				continue
			}
			if len(stack) >= MaxIncludeDepth {
				p.problem(line, "dependency group includes nested deeper than %d", MaxIncludeDepth)
				continue
			}
			p.expandGroup(groups, byNorm, target, as, append(stack[:len(stack):len(stack)], target))
		default:
			p.problem(line, "dependency group %q: entry %d must be a string or {include-group = \"name\"}", name, i+1)
		}
	}
}
