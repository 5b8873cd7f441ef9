package config

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
)

// Reading Bandit's configuration. Only the keys that decide what is checked
// are read; Bandit's other keys (targets, plugin options, ...) are left
// alone, and unknown keys are not errors, since Bandit has many.
//
//	skips         → ignore
//	tests         → select
//	exclude_dirs  → exclude (exclude in a .bandit file)
//	assert_used.skips (pyproject.toml) → per-file-ignores of B101

// banditTOML decodes [tool.bandit].
func (d decoder) banditTOML(c *Config, t map[string]any, prefix string) error {
	for _, k := range sortedKeys(t) {
		key := prefix + k
		v := t[k]
		switch k {
		case "skips", "tests":
			list, err := d.banditList(v, key)
			if err != nil {
				return err
			}
			if k == "skips" {
				c.Ignore, c.ignoreKeys = list, repeat(key, len(list))
			} else {
				c.Select, c.selectKeys = list, repeat(key, len(list))
			}
		case "exclude_dirs", "exclude":
			list, err := d.banditList(v, key)
			if err != nil {
				return err
			}
			for _, p := range list {
				if pat := banditPattern(p); pat != "" {
					c.Exclude = append(c.Exclude, pat)
				}
			}
		case "assert_used":
			m, err := d.table(v, key)
			if err != nil {
				return err
			}
			skips, ok := m["skips"]
			if !ok {
				break
			}
			list, err := d.banditList(skips, key+".skips")
			if err != nil {
				return err
			}
			for _, p := range list {
				if pat := banditPattern(p); pat != "" {
					c.PerFileIgnores = append(c.PerFileIgnores, PerFileIgnore{Pattern: pat, Rules: []string{"B101"}, key: key + ".skips"})
				}
			}
		}
	}
	c.Exclude = dedupe(c.Exclude)
	sort.SliceStable(c.PerFileIgnores, func(i, j int) bool { return c.PerFileIgnores[i].Pattern < c.PerFileIgnores[j].Pattern })
	return nil
}

// banditList accepts a list of strings or, as Bandit's command line does, one
// comma-separated string.
func (d decoder) banditList(v any, key string) ([]string, error) {
	if s, ok := v.(string); ok {
		return splitComma(s), nil
	}
	list, err := d.strings(v, key)
	if err != nil {
		return nil, d.errorf(key, "expected a list of strings or a comma-separated string, got %s", typeName(v))
	}
	var out []string
	for _, s := range list {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out, nil
}

func splitComma(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func dedupe(list []string) []string {
	seen := make(map[string]bool, len(list))
	out := list[:0]
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// banditPattern converts one of Bandit's exclude paths to a krait pattern.
// Bandit excludes a file when the path contains the string or matches it as
// an fnmatch pattern (where * also matches /). Here "./venv", "/venv/" and
// "venv" become "venv", which matches a directory or file of that name at
// any depth; a path with a slash, "src/gen", becomes "**/src/gen"; a leading
// "*/" becomes "**/" and a trailing "/*" becomes "/**".
func banditPattern(p string) string {
	p = strings.TrimSpace(p)
	for strings.HasPrefix(p, "./") {
		p = p[2:]
	}
	p = strings.Trim(p, "/")
	if p == "" || p == "." {
		return ""
	}
	if strings.HasPrefix(p, "*/") {
		p = "**/" + p[2:]
	}
	if strings.HasSuffix(p, "/*") {
		p = p[:len(p)-2] + "/**"
	}
	if strings.Contains(p, "/") && !strings.HasPrefix(p, "**/") {
		p = "**/" + p
	}
	return p
}

// loadBanditINI reads a .bandit file: an INI file whose [bandit] section has
// comma-separated skips, tests and exclude (or exclude_dirs) values.
func loadBanditINI(path string) (*Config, error) {
	c := newConfig(path, SourceBanditINI)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{File: c.File, Msg: "cannot read the file: " + unwrapPathError(err).Error(), Err: err}
	}
	sections, perr := parseINI(data)
	if perr != nil {
		perr.File = c.File
		return nil, perr
	}
	sec := sections["bandit"]
	t := make(map[string]any, len(sec))
	for k, v := range sec {
		t[k] = v
	}
	d := decoder{file: c.File}
	if err := d.banditTOML(c, t, "bandit."); err != nil {
		return nil, err
	}
	return c, nil
}

// parseINI parses the INI dialect of Python's configparser, as far as Bandit
// files use it: [section] headers, "key = value" or "key: value" lines,
// values continued on indented lines, and whole-line comments starting with
// "#" or ";". Keys are lower-cased, as configparser does.
func parseINI(data []byte) (map[string]map[string]string, *Error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	sections := make(map[string]map[string]string)
	var cur map[string]string
	lastKey := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		line := strings.TrimSpace(raw)
		switch {
		case line == "" || line[0] == '#' || line[0] == ';':
			if line == "" {
				lastKey = ""
			}
			continue
		case raw[0] == ' ' || raw[0] == '\t':
			if cur != nil && lastKey != "" {
				cur[lastKey] = strings.TrimSpace(cur[lastKey] + "\n" + line)
				continue
			}
			return nil, &Error{Line: n, Msg: fmt.Sprintf("invalid INI: unexpected indented line %q", line)}
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				return nil, &Error{Line: n, Msg: fmt.Sprintf("invalid INI: unclosed section header %q", line)}
			}
			name := strings.TrimSpace(line[1 : len(line)-1])
			if sections[name] == nil {
				sections[name] = make(map[string]string)
			}
			cur, lastKey = sections[name], ""
			continue
		}
		i := strings.IndexAny(line, "=:")
		if i <= 0 {
			return nil, &Error{Line: n, Msg: fmt.Sprintf("invalid INI: want \"key = value\", got %q", line)}
		}
		if cur == nil {
			return nil, &Error{Line: n, Msg: "invalid INI: a key before any [section]"}
		}
		lastKey = strings.ToLower(strings.TrimSpace(line[:i]))
		cur[lastKey] = strings.TrimSpace(line[i+1:])
	}
	if err := sc.Err(); err != nil {
		return nil, &Error{Msg: "cannot read the file: " + err.Error(), Err: err}
	}
	// configparser joins continued values with newlines; Bandit then splits
	// on commas, so a newline separates entries too.
	for _, sec := range sections {
		for k, v := range sec {
			sec[k] = strings.ReplaceAll(v, "\n", ",")
		}
	}
	return sections, nil
}
