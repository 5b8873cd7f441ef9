package setuppy

import (
	"context"
	"fmt"
	"strings"

	"github.com/krait-dev/krait/internal/deps/inventory"
)

// cfgValue is one key of a setup.cfg section with its value lines.
type cfgValue struct {
	section, key string
	line         int // line of the key
	lines        []cfgLine
}

type cfgLine struct {
	text string
	line int
}

// ParseSetupCfg parses data as the setup.cfg named path.
func ParseSetupCfg(ctx context.Context, path string, data []byte) ([]inventory.Package, []inventory.Problem, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, fmt.Errorf("setup file %s: %w", path, err)
	}
	c := &collector{file: path}
	text := strings.TrimPrefix(string(data), "\ufeff")
	var values []*cfgValue
	var cur *cfgValue
	section := ""
	for i, raw := range strings.Split(text, "\n") {
		ln := i + 1
		l := strings.TrimRight(raw, "\r")
		trim := strings.TrimSpace(l)
		if trim == "" {
			continue
		}
		if trim[0] == '#' || trim[0] == ';' {
			continue
		}
		if (l[0] == ' ' || l[0] == '\t') && cur != nil {
			cur.lines = append(cur.lines, cfgLine{trim, ln})
			continue
		}
		if strings.HasPrefix(trim, "[") {
			end := strings.IndexByte(trim, ']')
			if end < 0 {
				c.problem(ln, "invalid section header %q", trim)
				section, cur = "", nil
				continue
			}
			section, cur = strings.TrimSpace(trim[1:end]), nil
			continue
		}
		k := strings.IndexAny(trim, "=:")
		if k < 0 {
			if section == "options" || section == "options.extras_require" {
				c.problem(ln, "line %q is neither a key nor a continuation", trim)
			}
			cur = nil
			continue
		}
		cur = &cfgValue{section: section, key: strings.ToLower(strings.TrimSpace(trim[:k])), line: ln}
		if v := strings.TrimSpace(trim[k+1:]); v != "" {
			cur.lines = append(cur.lines, cfgLine{v, ln})
		}
		values = append(values, cur)
	}
	for _, v := range values {
		switch {
		case v.section == "options" && v.key == "install_requires":
			c.cfgRequirements(v, "")
		case v.section == "options.extras_require":
			key := v.key
			c.cfgRequirements(v, key)
		}
	}
	return c.pkgs, c.problems, nil
}

func (c *collector) cfgRequirements(v *cfgValue, extra string) {
	lines := v.lines
	if len(lines) == 1 && lines[0].line == v.line {
		if strings.HasPrefix(lines[0].text, "file:") {
			c.problem(v.line, "%s = %s: the referenced file is not read", v.key, lines[0].text)
			return
		}
		// setuptools splits a single-line value on ";".
		var split []cfgLine
		for _, part := range strings.Split(lines[0].text, ";") {
			split = append(split, cfgLine{strings.TrimSpace(part), v.line})
		}
		lines = split
	}
	for _, l := range lines {
		t := l.text
		if strings.HasPrefix(t, "#") {
			continue
		}
		if i := strings.Index(t, " #"); i >= 0 {
			t = strings.TrimSpace(t[:i])
		}
		if t == "" {
			continue
		}
		c.add(t, extra, l.line)
	}
}
