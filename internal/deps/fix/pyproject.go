package fix

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"

	"github.com/krait-dev/krait/internal/deps/pep503"
)

// tomlEntry is a string value of pyproject.toml that declares a dependency.
type tomlEntry struct {
	line   int    // the line the reader reports for the declaration
	poetry bool   // a Poetry constraint rather than a PEP 508 requirement
	name   string // Poetry: the table key naming the package
	raw    span   // the string token, quotes included
}

// pyprojectEntries lists the dependency strings of a pyproject.toml:
// PEP 621 dependencies and optional-dependencies, PEP 735 groups and the
// version strings of Poetry's dependency tables.
func pyprojectEntries(data []byte) ([]tomlEntry, error) {
	starts := []int{0}
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	lineOf := func(off int) int {
		return sort.Search(len(starts), func(i int) bool { return starts[i] > off })
	}
	pos := map[string]int{}
	record := func(path []string, line int) {
		k := strings.Join(path, "\x00")
		if _, ok := pos[k]; !ok {
			pos[k] = line
		}
	}
	type str struct {
		path []string
		raw  span
	}
	var strs []str
	var walk func(path []string, n *unstable.Node)
	walk = func(path []string, n *unstable.Node) {
		switch n.Kind {
		case unstable.String:
			strs = append(strs, str{path, span{int(n.Raw.Offset), int(n.Raw.Offset + n.Raw.Length)}})
		case unstable.Array:
			it := n.Children()
			for i := 0; it.Next(); {
				c := it.Node()
				if c.Kind == unstable.Comment {
					continue
				}
				ep := append(path[:len(path):len(path)], "\x01"+strconv.Itoa(i))
				record(ep, lineOf(firstOffset(c)))
				walk(ep, c)
				i++
			}
		case unstable.InlineTable:
			it := n.Children()
			for it.Next() {
				kv := it.Node()
				if kv.Kind != unstable.KeyValue {
					continue
				}
				kp := keyParts(path, kv, lineOf, record)
				walk(kp, kv.Value())
			}
		}
	}
	var p unstable.Parser
	p.Reset(data)
	var table []string
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			table = keyParts(nil, e, lineOf, record)
		case unstable.KeyValue:
			kp := keyParts(table, e, lineOf, record)
			walk(kp, e.Value())
		}
	}
	if err := p.Error(); err != nil {
		return nil, fmt.Errorf("invalid TOML: %w", err)
	}
	line := func(path []string) int { return pos[strings.Join(path, "\x00")] }
	var out []tomlEntry
	for _, s := range strs {
		pth := s.path
		switch {
		case len(pth) == 3 && pth[0] == "project" && pth[1] == "dependencies" && isElem(pth[2]),
			len(pth) == 4 && pth[0] == "project" && pth[1] == "optional-dependencies" && isElem(pth[3]),
			len(pth) == 3 && pth[0] == "dependency-groups" && isElem(pth[2]):
			out = append(out, tomlEntry{line: line(pth), raw: s.raw})
			continue
		}
		n := poetryPrefix(pth)
		if n == 0 || len(pth) <= n {
			continue
		}
		name, rest := pth[n], pth[n+1:]
		entry := tomlEntry{poetry: true, name: name, raw: s.raw}
		switch {
		case len(rest) == 0:
			entry.line = line(pth[:n+1])
		case len(rest) == 1 && rest[0] == "version":
			entry.line = line(pth[:n+1])
		case len(rest) == 2 && isElem(rest[0]) && rest[1] == "version":
			entry.line = line(pth[:n+2])
		default:
			continue
		}
		out = append(out, entry)
	}
	return out, nil
}

func isElem(s string) bool { return strings.HasPrefix(s, "\x01") }

// poetryPrefix returns the length of the Poetry dependency-table prefix of
// path, or 0.
func poetryPrefix(p []string) int {
	if len(p) < 3 || p[0] != "tool" || p[1] != "poetry" {
		return 0
	}
	if p[2] == "dependencies" || p[2] == "dev-dependencies" {
		return 3
	}
	if p[2] == "group" && len(p) >= 5 && p[4] == "dependencies" {
		return 5
	}
	return 0
}

func firstOffset(n *unstable.Node) int {
	if n.Raw.Length > 0 {
		return int(n.Raw.Offset)
	}
	it := n.Children()
	for it.Next() {
		if o := firstOffset(it.Node()); o >= 0 {
			return o
		}
	}
	return -1
}

func keyParts(prefix []string, n *unstable.Node, lineOf func(int) int, record func([]string, int)) []string {
	kp := append([]string(nil), prefix...)
	it := n.Key()
	for it.Next() {
		k := it.Node()
		kp = append(kp, string(k.Data))
		record(kp, lineOf(int(k.Raw.Offset)))
	}
	return kp
}

// RewritePyproject applies edits to the pyproject.toml content data: PEP
// 621 dependencies and optional-dependencies, PEP 735 dependency groups
// and Poetry dependency tables (string and table form). Only the version
// text inside the declaring string changes; the TOML is never
// re-serialised. An edit whose line does not hold the expected
// declaration is an error and nothing is changed.
func RewritePyproject(data []byte, edits []Edit) ([]byte, error) {
	bom := 0
	if bytes.HasPrefix(data, []byte("\ufeff")) {
		bom = 3 // the reader drops it before parsing; so do we
	}
	entries, err := pyprojectEntries(data[bom:])
	if err != nil {
		return nil, err
	}
	for i := range entries {
		entries[i].raw.start += bom
		entries[i].raw.end += bom
	}
	var reps []replacement
	for _, e := range edits {
		r, err := pyprojectEdit(data, entries, e)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", e.Line, err)
		}
		reps = append(reps, r)
	}
	return applyReplacements(data, reps)
}

func pyprojectEdit(data []byte, entries []tomlEntry, e Edit) (replacement, error) {
	if !validVersionText(e.To) {
		return replacement{}, fmt.Errorf("new version %q is not a plain version", e.To)
	}
	var errs []error
	var found []replacement
	for _, en := range entries {
		if en.line != e.Line {
			continue
		}
		if en.poetry && !pep503.Equal(en.name, e.Name) {
			continue
		}
		content, ok := stringContent(data, en.raw)
		if !ok {
			errs = append(errs, errors.New("the declaration is a string with escapes or line breaks; not edited"))
			continue
		}
		var vs span
		var err error
		if en.poetry {
			vs, err = findPoetryVersion(string(data[content.start:content.end]), e.From, e.Floor)
		} else {
			vs, err = findVersion(string(data[content.start:content.end]), e.Name, e.From, e.Floor)
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		found = append(found, replacement{content.start + vs.start, content.start + vs.end, e.To})
	}
	switch {
	case len(found) == 1:
		return found[0], nil
	case len(found) > 1:
		return replacement{}, fmt.Errorf("more than one declaration of %s==%s", e.Name, e.From)
	case len(errs) > 0:
		return replacement{}, errors.Join(errs...)
	}
	return replacement{}, fmt.Errorf("no dependency declaration of %s here", e.Name)
}

// stringContent returns the span between the quotes of a one-line TOML
// string token without escapes.
func stringContent(data []byte, raw span) (span, bool) {
	s := string(data[raw.start:raw.end])
	if len(s) < 2 || strings.HasPrefix(s, `"""`) || strings.HasPrefix(s, "'''") {
		return span{}, false
	}
	if s[0] == '"' && strings.ContainsRune(s, '\\') {
		return span{}, false
	}
	return span{raw.start + 1, raw.end - 1}, true
}

// findPoetryVersion locates the version of a single-clause Poetry
// constraint: "V", "==V" or "=V" for a pin; "^V", "~V", "~=V" or ">=V" for
// a floor.
func findPoetryVersion(c, from string, floor bool) (span, error) {
	a, b := 0, len(c)
	for a < b && isSpaceByte(c[a]) {
		a++
	}
	for b > a && isSpaceByte(c[b-1]) {
		b--
	}
	t := c[a:b]
	if strings.ContainsAny(t, ",|<!*") || strings.ContainsAny(strings.TrimLeft(t, "=^~><! \t"), " \t") {
		return span{}, fmt.Errorf("constraint %q is not a single clause krait can edit", c)
	}
	op := ""
	for _, o := range []string{"==", "~=", ">=", "=", "^", "~"} {
		if strings.HasPrefix(t, o) {
			op = o
			break
		}
	}
	va := a + len(op)
	for va < b && isSpaceByte(c[va]) {
		va++
	}
	isFloor := op == "^" || op == "~" || op == "~=" || op == ">="
	if isFloor != floor || !sameVersion(c[va:b], from, false) {
		want := "a pin " + from
		if floor {
			want = "a floor " + from
		}
		return span{}, fmt.Errorf("constraint %q is not %s", c, want)
	}
	return span{va, b}, nil
}
