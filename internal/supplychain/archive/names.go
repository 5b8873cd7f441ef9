package archive

import (
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"
)

// checkName validates m.RawName, records its problems and sets m.Name to
// the cleaned name, or "" when the name cannot be made safe.
func checkName(m *Member, maxDepth int) {
	raw := m.RawName
	unsafe := false
	if raw == "" {
		m.problem(ProblemBadName, "empty name")
		unsafe = true
	}
	if !utf8.ValidString(raw) {
		m.problem(ProblemBadName, "name is not valid UTF-8")
		unsafe = true
	}
	if i := strings.IndexFunc(raw, isControl); i >= 0 {
		m.problem(ProblemBadName, "control character %U in name", []rune(raw[i:])[0])
		unsafe = true
	}
	name := raw
	if strings.Contains(name, `\`) {
		m.problem(ProblemBadName, "backslash in name")
		unsafe = true
		name = strings.ReplaceAll(name, `\`, "/")
	}
	if strings.HasPrefix(name, "/") || hasDrive(name) {
		m.problem(ProblemAbsolutePath, "absolute path %q", raw)
		unsafe = true
	}
	var parts []string
	for _, p := range strings.Split(name, "/") {
		switch p {
		case "", ".":
			continue
		case "..":
			if !hasKind(m, ProblemTraversal) {
				m.problem(ProblemTraversal, "%q has a \"..\" component", raw)
			}
			unsafe = true
			continue
		}
		parts = append(parts, p)
	}
	if len(parts) > maxDepth {
		m.problem(ProblemTooDeep, "%d path components, more than %d", len(parts), maxDepth)
		unsafe = true
	}
	if unsafe {
		return
	}
	m.Name = strings.Join(parts, "/")
	if m.Name == "" {
		if m.Type != TypeDir {
			m.problem(ProblemBadName, "name %q names the root", raw)
		}
		return
	}
	if !fs.ValidPath(m.Name) {
		m.problem(ProblemBadName, "name %q is not a valid path", raw)
		m.Name = ""
	}
}

func hasKind(m *Member, k ProblemKind) bool {
	for _, p := range m.Problems {
		if p.Kind == k {
			return true
		}
	}
	return false
}

// isControl reports C0 and C1 control characters and DEL.
func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0)
}

// hasDrive reports a Windows drive prefix ("C:").
func hasDrive(name string) bool {
	return len(name) >= 2 && name[1] == ':' &&
		(name[0] >= 'a' && name[0] <= 'z' || name[0] >= 'A' && name[0] <= 'Z')
}

// checkLink records the link problems of a symlink or hardlink. A
// symlink's target is relative to the link's directory; a tar hardlink's
// to the archive root.
func checkLink(m *Member) {
	kind := "symlink"
	if m.Type == TypeHardlink {
		kind = "hardlink"
	}
	m.problem(ProblemLink, "%s to %q (links are never followed or created)", kind, m.LinkTarget)
	t := strings.ReplaceAll(m.LinkTarget, `\`, "/")
	if t == "" {
		return
	}
	if strings.HasPrefix(t, "/") || hasDrive(t) {
		m.problem(ProblemLinkEscapes, "%s target %q is absolute", kind, m.LinkTarget)
		return
	}
	base := "."
	if m.Type == TypeSymlink {
		n := m.Name
		if n == "" {
			n = strings.ReplaceAll(m.RawName, `\`, "/")
		}
		base = path.Dir(strings.TrimSuffix(n, "/"))
	}
	if j := path.Join(base, t); j == ".." || strings.HasPrefix(j, "../") || strings.HasPrefix(j, "/") {
		m.problem(ProblemLinkEscapes, "%s target %q leaves the archive root", kind, m.LinkTarget)
	}
}
