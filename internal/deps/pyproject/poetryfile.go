package pyproject

import (
	"errors"
	"fmt"
	"strings"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
	"github.com/krait-dev/krait/internal/deps/pep508"
)

// poetry reads [tool.poetry] dependencies, dev-dependencies and
// group.<name>.dependencies; a main dependency that [tool.poetry.extras]
// lists gets the (first, in key order) extra's name as its group.
func (p *parser) poetry(doc map[string]any) {
	tool, _ := doc["tool"].(map[string]any)
	po, ok := tool["poetry"].(map[string]any)
	if !ok {
		return
	}
	if deps, present := po["dependencies"]; present {
		start := len(p.pkgs)
		p.poetryTable(deps, "main", "tool", "poetry", "dependencies")
		extraOf := p.poetryExtras(po)
		for i := start; i < len(p.pkgs); i++ {
			if e, ok := extraOf[p.pkgs[i].Normalized]; ok {
				p.pkgs[i].Group = e
			}
		}
	}
	if deps, present := po["dev-dependencies"]; present {
		p.poetryTable(deps, "dev", "tool", "poetry", "dev-dependencies")
	}
	if raw, present := po["group"]; present {
		groups, ok := raw.(map[string]any)
		if !ok {
			p.problem(p.line("tool", "poetry", "group"), "tool.poetry.group is not a table")
			return
		}
		for _, g := range p.sortedKeys(groups, "tool", "poetry", "group") {
			gt, ok := groups[g].(map[string]any)
			if !ok {
				p.problem(p.line("tool", "poetry", "group", g), "tool.poetry.group.%s is not a table", g)
				continue
			}
			if deps, present := gt["dependencies"]; present {
				p.poetryTable(deps, g, "tool", "poetry", "group", g, "dependencies")
			}
		}
	}
}

func (p *parser) poetryTable(v any, group string, path ...string) {
	deps, ok := v.(map[string]any)
	if !ok {
		p.problem(p.line(path...), "%s is not a table", strings.Join(path, "."))
		return
	}
	for _, name := range p.sortedKeys(deps, path...) {
		if group == "main" && strings.EqualFold(name, "python") {
			continue // the interpreter, not a package
		}
		ep := append(path[:len(path):len(path)], name)
		line := p.line(ep...)
		if !pep503.Valid(name) {
			p.problem(line, "invalid package name %q", name)
			continue
		}
		switch d := deps[name].(type) {
		case string:
			p.poetryDep(name, map[string]any{"version": d}, group, line)
		case map[string]any:
			p.poetryDep(name, d, group, line)
		case []any:
			for i, e := range d {
				m, ok := e.(map[string]any)
				l := p.line(append(ep, elem(i))...)
				if !ok {
					p.problem(l, "%s: entry %d of a multiple-constraint list is not a table", name, i+1)
					continue
				}
				p.poetryDep(name, m, group, l)
			}
		default:
			p.problem(line, "%s: dependency must be a string, a table or a list of tables", name)
		}
	}
}

// poetryDep converts one Poetry dependency table.
func (p *parser) poetryDep(name string, d map[string]any, group string, line int) {
	pkg := inventory.Package{
		Name: name, Normalized: pep503.Normalize(name), Source: inventory.SourcePyPI,
		Direct: true, Group: group, File: p.file, Line: line,
	}
	str := func(key string) (string, bool) {
		v, present := d[key]
		if !present {
			return "", false
		}
		s, ok := v.(string)
		if !ok {
			p.problem(line, "%s: %s must be a string", name, key)
			return "", false
		}
		return s, true
	}
	if raw, present := d["extras"]; present {
		list, ok := raw.([]any)
		if !ok {
			p.problem(line, "%s: extras must be an array of strings", name)
		}
		for _, e := range list {
			s, ok := e.(string)
			if !ok || !pep503.Valid(s) {
				p.problem(line, "%s: invalid extra %v", name, e)
				continue
			}
			pkg.Extras = append(pkg.Extras, s)
		}
	}
	var markers []string
	if py, ok := str("python"); ok {
		m, err := pythonMarker(py)
		if err != nil {
			p.problem(line, "%s: python %q: %v", name, py, err)
		} else if m != "" {
			markers = append(markers, m)
		}
	}
	if m, ok := str("markers"); ok && strings.TrimSpace(m) != "" {
		markers = append(markers, strings.TrimSpace(m))
	}
	switch len(markers) {
	case 1:
		pkg.Marker = markers[0]
	case 2:
		pkg.Marker = "(" + markers[0] + ") and (" + markers[1] + ")"
	}
	if pkg.Marker != "" {
		if _, err := pep508.ParseMarker(pkg.Marker); err != nil {
			p.problem(line, "%s: invalid marker %q: %v", name, pkg.Marker, err)
		}
	}
	if g, ok := str("git"); ok {
		ref := ""
		for _, k := range []string{"rev", "tag", "branch"} {
			if r, ok := str(k); ok {
				ref = "@" + r
			}
		}
		pkg.Source, pkg.URL = inventory.SourceVCS, g+ref
		pkg.NotAuditable = "VCS reference " + pkg.URL + ": the installed version is not known without checking it out"
	} else if pth, ok := str("path"); ok {
		pkg.Source, pkg.URL = inventory.SourcePath, pth
		pkg.NotAuditable = "local path " + pth + ": not a published release"
		if dev, _ := d["develop"].(bool); dev {
			pkg.Source = inventory.SourceEditable
			pkg.NotAuditable = "editable local path " + pth + ": the version comes from the working tree"
		}
	} else if u, ok := str("url"); ok {
		pkg.Source, pkg.URL = inventory.SourceURL, u
		pkg.NotAuditable = "direct URL " + u + ": not resolved through an index"
	}
	if v, ok := str("version"); ok {
		spec, err := TranslateConstraint(v)
		switch {
		case errors.Is(err, ErrUnion):
			p.problem(line, "%s: version %q is the union %s, which one PEP 440 specifier set cannot express; versions are not limited", name, v, spec)
		case err != nil:
			p.problem(line, "%s: version %q: %v", name, v, err)
			return
		case spec != "":
			set, err := pep440.ParseSpecifierSet(spec)
			if err != nil {
				p.problem(line, "%s: version %q: %v", name, v, err)
				return
			}
			pkg.Specifiers = set
			setPin(&pkg)
		}
	} else if pkg.URL == "" {
		p.problem(line, "%s: dependency has no version, git, path or url", name)
		return
	}
	p.pkgs = append(p.pkgs, pkg)
}

// pythonMarker turns a Poetry python constraint into a marker on
// python_version; unions become "or" of the alternatives.
func pythonMarker(c string) (string, error) {
	t, err := TranslateConstraint(c)
	alts := []string{t}
	if errors.Is(err, ErrUnion) {
		alts = strings.Split(t, " || ")
	} else if err != nil {
		return "", err
	}
	var out []string
	for _, a := range alts {
		if a == "" || a == "*" {
			return "", nil // one alternative allows every Python
		}
		var and []string
		for _, s := range strings.Split(a, ",") {
			sp, err := pep440.ParseSpecifier(s)
			if err != nil {
				return "", err
			}
			v := sp.Text
			if sp.Wildcard {
				v += ".*"
			}
			and = append(and, fmt.Sprintf("python_version %s %q", sp.Op, v))
		}
		out = append(out, strings.Join(and, " and "))
	}
	if len(out) == 1 {
		return out[0], nil
	}
	return "(" + strings.Join(out, ") or (") + ")", nil
}

// poetryExtras maps each package [tool.poetry.extras] names (normalised) to
// the first extra, in key order, that lists it.
func (p *parser) poetryExtras(po map[string]any) map[string]string {
	raw, present := po["extras"]
	if !present {
		return nil
	}
	extras, ok := raw.(map[string]any)
	if !ok {
		p.problem(p.line("tool", "poetry", "extras"), "tool.poetry.extras is not a table")
		return nil
	}
	out := make(map[string]string)
	for _, e := range p.sortedKeys(extras, "tool", "poetry", "extras") {
		list, ok := extras[e].([]any)
		if !ok {
			p.problem(p.line("tool", "poetry", "extras", e), "tool.poetry.extras.%s is not an array of package names", e)
			continue
		}
		for _, n := range list {
			s, ok := n.(string)
			if !ok {
				p.problem(p.line("tool", "poetry", "extras", e), "tool.poetry.extras.%s: a package name must be a string", e)
				continue
			}
			if _, dup := out[pep503.Normalize(s)]; !dup {
				out[pep503.Normalize(s)] = e
			}
		}
	}
	return out
}
