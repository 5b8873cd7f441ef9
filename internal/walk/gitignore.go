package walk

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// This file implements .gitignore as git(1) documents it (gitignore(5)),
// without running git:
//
//   - blank lines and lines starting with "#" are ignored; "\#" and "\!"
//     start a pattern with a literal "#" or "!"; trailing spaces are
//     removed unless escaped with a backslash;
//   - "!" negates a pattern: a path it matches is taken again (but not when
//     a parent directory is ignored: the walk never enters it);
//   - a trailing "/" makes a pattern match directories only;
//   - a pattern with a "/" at its start or in the middle is matched against
//     the path relative to the directory of the .gitignore file; any other
//     pattern against the name alone, at any depth;
//   - patterns are matched with git's wildmatch: "*" and "?" do not match
//     "/", "[...]" is a character class ("[!...]" or "[^...]" negated, with
//     ranges and [:alpha:]-style classes), "\" escapes, and "**" matches
//     any number of directories when it stands between slashes or at an
//     end ("**/x", "a/**/b", "a/**"), otherwise it is a plain "*";
//   - a .gitignore file applies to its directory and everything below; a
//     deeper file's patterns win over a shallower one's, and within a file
//     the last matching pattern wins; the repository's .git/info/exclude
//     comes below them all. Matching is case-sensitive. The user's global
//     excludes file (core.excludesFile) is not read, so that a run does not
//     depend on who runs it.

// ignoreRule is one pattern of a .gitignore file.
type ignoreRule struct {
	pattern  string // the wildmatch pattern, without "!", a leading "/" or a trailing "/"
	negate   bool   // the pattern started with "!"
	dirOnly  bool   // the pattern ended with "/"
	anchored bool   // the pattern had a "/" before its end: match the relative path
}

// ignoreFile is the patterns of one .gitignore file (or .git/info/exclude).
type ignoreFile struct {
	base  string // the absolute, slash-separated directory the patterns are relative to
	rules []ignoreRule
}

// parseIgnore parses the text of a .gitignore file.
func parseIgnore(data []byte) []ignoreRule {
	var rules []ignoreRule
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		line = trimTrailingSpaces(line)
		if line == "" || line[0] == '#' {
			continue
		}
		var r ignoreRule
		switch {
		case line[0] == '!':
			r.negate = true
			line = line[1:]
		case strings.HasPrefix(line, `\!`), strings.HasPrefix(line, `\#`):
			line = line[1:]
		}
		if strings.HasSuffix(line, "/") && !strings.HasSuffix(line, `\/`) {
			r.dirOnly = true
			line = strings.TrimRight(line, "/")
		}
		if line == "" {
			continue
		}
		if strings.Contains(line, "/") {
			r.anchored = true
			line = strings.TrimPrefix(line, "/")
		}
		r.pattern = line
		rules = append(rules, r)
	}
	return rules
}

// trimTrailingSpaces removes the trailing spaces of a pattern line that are
// not escaped with a backslash.
func trimTrailingSpaces(s string) string {
	end := len(s)
	for end > 0 && s[end-1] == ' ' {
		// Count the backslashes before this space: an odd number escapes it.
		n := 0
		for i := end - 2; i >= 0 && s[i] == '\\'; i-- {
			n++
		}
		if n%2 == 1 {
			break
		}
		end--
	}
	return s[:end]
}

// match returns whether a pattern of f matches rel (slash-separated, relative
// to f.base) and, if so, whether the last matching one ignores it.
func (f *ignoreFile) match(rel string, isDir bool) (matched, ignored bool) {
	name := path.Base(rel)
	for i := len(f.rules) - 1; i >= 0; i-- {
		r := &f.rules[i]
		if r.dirOnly && !isDir {
			continue
		}
		target := name
		if r.anchored {
			target = rel
		}
		if wildmatch(r.pattern, target) {
			return true, !r.negate
		}
	}
	return false, false
}

// ignoreStack is the .gitignore files that apply at a point of the walk,
// shallowest first.
type ignoreStack struct {
	files []*ignoreFile
}

// under reports whether the absolute slash path p is dir or below it.
func under(p, dir string) bool {
	if dir == "/" {
		return strings.HasPrefix(p, "/")
	}
	return p == dir || strings.HasPrefix(p, dir+"/")
}

// ignored reports whether the absolute slash path abs is ignored.
func (s *ignoreStack) ignored(abs string, isDir bool) bool {
	for i := len(s.files) - 1; i >= 0; i-- {
		f := s.files[i]
		if !under(abs, f.base) || abs == f.base {
			continue
		}
		rel := strings.TrimPrefix(abs[len(f.base):], "/")
		if m, ign := f.match(rel, isDir); m {
			return ign
		}
	}
	return false
}

// popTo drops the files whose directory is not dir or above it.
func (s *ignoreStack) popTo(dir string) {
	for len(s.files) > 0 && !under(dir, s.files[len(s.files)-1].base) {
		s.files = s.files[:len(s.files)-1]
	}
}

// readIgnore reads the ignore file at name (an OS path) for the directory
// base. A missing file is no file and no error.
func readIgnore(name, base string) (*ignoreFile, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		var pe *fs.PathError
		if fi, serr := os.Stat(name); serr == nil && fi.IsDir() && errors.As(err, &pe) {
			return nil, nil // a directory named .gitignore is not an ignore file
		}
		return nil, err
	}
	rules := parseIgnore(data)
	if len(rules) == 0 {
		return nil, nil
	}
	return &ignoreFile{base: base, rules: rules}, nil
}

// outerIgnores returns the ignore files that apply to the directory absRoot
// (an OS path) from above it: when absRoot is inside a git repository, the
// repository's .git/info/exclude and the .gitignore files of each directory
// from the repository's root down to absRoot's parent. The .gitignore of
// absRoot itself is read when the walk enters it.
func outerIgnores(absRoot string) (files []*ignoreFile, problems []Problem) {
	var dirs []string // absRoot's parents, nearest first, up to the repository root
	repo := ""
	for dir := absRoot; ; {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			repo = dir
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
		dirs = append(dirs, dir)
	}
	if repo == "" {
		return nil, nil
	}
	add := func(name, base string) {
		f, err := readIgnore(name, filepath.ToSlash(base))
		if err != nil {
			problems = append(problems, Problem{Path: filepath.ToSlash(name), Err: err})
		} else if f != nil {
			files = append(files, f)
		}
	}
	add(filepath.Join(repo, ".git", "info", "exclude"), repo)
	for i := len(dirs) - 1; i >= 0; i-- {
		add(filepath.Join(dirs[i], ".gitignore"), dirs[i])
	}
	return files, problems
}

// wildmatch reports whether text matches pattern as git's wildmatch does with
// WM_PATHNAME.
func wildmatch(pattern, text string) bool {
	return dowild(pattern, 0, text, 0) == wmMatch
}

const (
	wmNoMatch = iota
	wmMatch
	wmAbortAll
	wmAbortToStarStar
)

// dowild is git's wildmatch.c dowild on p[pi:] and t[ti:].
func dowild(p string, pi int, t string, ti int) int {
	for ; pi < len(p); pi, ti = pi+1, ti+1 {
		pc := p[pi]
		if ti >= len(t) && pc != '*' {
			return wmAbortAll
		}
		switch pc {
		case '\\':
			pi++
			if pi >= len(p) || t[ti] != p[pi] {
				return wmNoMatch
			}
		case '?':
			if t[ti] == '/' {
				return wmNoMatch
			}
		case '[':
			next, ok := matchClass(p, pi, t[ti])
			if next < 0 {
				return wmAbortAll // an unclosed class matches nothing
			}
			if !ok {
				return wmNoMatch
			}
			pi = next // the loop steps past the ']'
		case '*':
			matchSlash := false
			pi++
			if pi < len(p) && p[pi] == '*' {
				prev := pi - 2 // the character before the stars
				for pi < len(p) && p[pi] == '*' {
					pi++
				}
				if (prev < 0 || p[prev] == '/') &&
					(pi == len(p) || p[pi] == '/' || (p[pi] == '\\' && pi+1 < len(p) && p[pi+1] == '/')) {
					// "**/" can match no directory at all.
					if pi < len(p) && p[pi] == '/' && dowild(p, pi+1, t, ti) == wmMatch {
						return wmMatch
					}
					matchSlash = true
				}
			}
			if pi == len(p) {
				// A trailing "**" matches everything, a trailing "*"
				// only up to the next slash.
				if !matchSlash && strings.IndexByte(t[ti:], '/') >= 0 {
					return wmNoMatch
				}
				return wmMatch
			}
			if !matchSlash && p[pi] == '/' {
				// One star then a slash: the rest of this name.
				slash := strings.IndexByte(t[ti:], '/')
				if slash < 0 {
					return wmNoMatch
				}
				ti += slash
				continue // the loop matches the slashes
			}
			for ; ti < len(t); ti++ {
				if m := dowild(p, pi, t, ti); m != wmNoMatch {
					if !matchSlash || m != wmAbortToStarStar {
						return m
					}
				} else if !matchSlash && t[ti] == '/' {
					return wmAbortToStarStar
				}
			}
			return wmAbortAll
		default:
			if t[ti] != pc {
				return wmNoMatch
			}
		}
	}
	if ti < len(t) {
		return wmNoMatch
	}
	return wmMatch
}

// matchClass matches c against the bracket expression that starts at p[pi]
// ('['). It returns the index of the closing ']' and whether c is in the
// class; the index is -1 when the class is not closed. "/" is never in a
// class.
func matchClass(p string, pi int, c byte) (int, bool) {
	i := pi + 1
	negated := false
	if i < len(p) && (p[i] == '!' || p[i] == '^') {
		negated = true
		i++
	}
	matched := false
	first := true
	var prev byte
	havePrev := false
	for ; i < len(p); i++ {
		ch := p[i]
		if ch == ']' && !first {
			if c == '/' {
				return i, false
			}
			return i, matched != negated
		}
		first = false
		switch {
		case ch == '\\':
			i++
			if i >= len(p) {
				return -1, false
			}
			ch = p[i]
			if ch == c {
				matched = true
			}
			prev, havePrev = ch, true
		case ch == '-' && havePrev && i+1 < len(p) && p[i+1] != ']':
			i++
			hi := p[i]
			if hi == '\\' {
				i++
				if i >= len(p) {
					return -1, false
				}
				hi = p[i]
			}
			if prev <= c && c <= hi {
				matched = true
			}
			havePrev = false
		case ch == '[' && i+1 < len(p) && p[i+1] == ':':
			end := strings.Index(p[i+2:], ":]")
			if end < 0 {
				// Not a class name: a literal '['.
				if c == '[' {
					matched = true
				}
				prev, havePrev = ch, true
				continue
			}
			if inPOSIXClass(p[i+2:i+2+end], c) {
				matched = true
			}
			i += 2 + end + 1 // at the ']' of ":]"
			havePrev = false
		default:
			if ch == c {
				matched = true
			}
			prev, havePrev = ch, true
		}
	}
	return -1, false
}

func inPOSIXClass(name string, c byte) bool {
	isUpper := 'A' <= c && c <= 'Z'
	isLower := 'a' <= c && c <= 'z'
	isDigit := '0' <= c && c <= '9'
	switch name {
	case "alnum":
		return isUpper || isLower || isDigit
	case "alpha":
		return isUpper || isLower
	case "blank":
		return c == ' ' || c == '\t'
	case "cntrl":
		return c < 0x20 || c == 0x7f
	case "digit":
		return isDigit
	case "graph":
		return c > 0x20 && c < 0x7f
	case "lower":
		return isLower
	case "print":
		return c >= 0x20 && c < 0x7f
	case "punct":
		return c > 0x20 && c < 0x7f && !isUpper && !isLower && !isDigit
	case "space":
		return c == ' ' || (c >= '\t' && c <= '\r')
	case "upper":
		return isUpper
	case "xdigit":
		return isDigit || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F')
	}
	return false
}
