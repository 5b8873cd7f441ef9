package requirements

import (
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
	"github.com/krait-dev/krait/internal/deps/pep508"
)

type lineKind int

const (
	kindEmpty       lineKind = iota
	kindGlobal               // options only, ignored
	kindInclude              // -r / -c
	kindRequirement          // a requirement, editable or not
)

// line is one parsed logical line.
type line struct {
	kind       lineKind
	include    string // the -r/-c target
	constraint bool   // -c rather than -r
	pkg        inventory.Package
	warnings   []string
}

type optSpec struct {
	arg   bool
	canon string
}

// lookupOption describes an option pip accepts in requirements files.
func lookupOption(name string) (optSpec, bool) {
	switch name {
	case "-r", "--requirement":
		return optSpec{arg: true, canon: "--requirement"}, true
	case "-c", "--constraint":
		return optSpec{arg: true, canon: "--constraint"}, true
	case "-e", "--editable":
		return optSpec{arg: true, canon: "--editable"}, true
	case "-i", "--index-url":
		return optSpec{arg: true, canon: "--index-url"}, true
	case "-f", "--find-links":
		return optSpec{arg: true, canon: "--find-links"}, true
	case "--extra-index-url", "--trusted-host", "--no-binary", "--only-binary", "--use-feature":
		return optSpec{arg: true, canon: name}, true
	case "--no-index", "--prefer-binary", "--pre", "--require-hashes":
		return optSpec{canon: name}, true
	case "--hash", "--global-option", "--install-option", "--config-settings":
		return optSpec{arg: true, canon: name}, true
	}
	return optSpec{}, false
}

type opt struct{ name, value string }

// parseOptions parses shell-split option tokens.
func parseOptions(tokens []string) ([]opt, error) {
	var out []opt
	for i := 0; i < len(tokens); i++ {
		t := tokens[i]
		name, value, hasValue := t, "", false
		switch {
		case strings.HasPrefix(t, "--"):
			name, value, hasValue = strings.Cut(t, "=")
		case strings.HasPrefix(t, "-") && len(t) > 2:
			name, value, hasValue = t[:2], t[2:], true
		case !strings.HasPrefix(t, "-") || t == "-":
			return nil, fmt.Errorf("unexpected argument %q among options", t)
		}
		spec, ok := lookupOption(name)
		if !ok {
			return nil, fmt.Errorf("unknown option %s", name)
		}
		if !spec.arg {
			if hasValue {
				return nil, fmt.Errorf("option %s takes no value", name)
			}
			out = append(out, opt{spec.canon, ""})
			continue
		}
		if !hasValue {
			if i+1 >= len(tokens) {
				return nil, fmt.Errorf("option %s needs a value", name)
			}
			i++
			value = tokens[i]
		}
		out = append(out, opt{spec.canon, value})
	}
	return out, nil
}

// shellSplit splits s like Python's shlex.split in POSIX mode: whitespace
// separates words, quotes group, a backslash escapes the next character
// outside single quotes.
func shellSplit(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isSpace(c):
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, errors.New("no closing quotation")
			}
			cur.WriteString(s[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case c == '"':
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\\' || s[i+1] == '$') {
					i++
				}
				cur.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, errors.New("no closing quotation")
			}
			inWord = true
		case c == '\\':
			if i+1 < len(s) {
				i++
				cur.WriteByte(s[i])
			}
			inWord = true
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}

// breakArgsOptions splits a line as pip's break_args_options does: the
// requirement is every space-separated token before the first one that
// starts with "-".
func breakArgsOptions(s string) (args, opts string) {
	tokens := strings.Split(s, " ")
	for i, t := range tokens {
		if strings.HasPrefix(t, "-") {
			return strings.Join(tokens[:i], " "), strings.Join(tokens[i:], " ")
		}
	}
	return s, ""
}

// parseLine parses one logical line (continuations joined, comment
// removed).
func parseLine(text string) (line, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return line{kind: kindEmpty}, nil
	}
	args, optStr := breakArgsOptions(text)
	args = strings.TrimSpace(args)
	tokens, err := shellSplit(optStr)
	if err != nil {
		return line{}, fmt.Errorf("options %q: %v", optStr, err)
	}
	opts, err := parseOptions(tokens)
	if err != nil {
		return line{}, err
	}
	var l line
	if args != "" {
		pkg, warns, err := parseRequirement(args)
		if err != nil {
			return line{}, err
		}
		l.kind, l.pkg, l.warnings = kindRequirement, pkg, warns
		for _, o := range opts {
			switch o.name {
			case "--hash":
				h, warn, err := parseHash(o.value)
				if err != nil {
					return line{}, err
				}
				if warn != "" {
					l.warnings = append(l.warnings, warn)
				}
				l.pkg.Hashes = append(l.pkg.Hashes, h)
			case "--global-option", "--install-option", "--config-settings":
			default:
				return line{}, fmt.Errorf("option %s is not allowed after a requirement", o.name)
			}
		}
		return l, nil
	}
	l.kind = kindGlobal
	for _, o := range opts {
		switch o.name {
		case "--requirement", "--constraint":
			if l.kind != kindGlobal {
				return line{}, errors.New("more than one -r, -c or -e on a line")
			}
			l.kind, l.include, l.constraint = kindInclude, o.value, o.name == "--constraint"
		case "--editable":
			if l.kind != kindGlobal {
				return line{}, errors.New("more than one -r, -c or -e on a line")
			}
			pkg, err := parseEditable(o.value)
			if err != nil {
				return line{}, err
			}
			l.kind, l.pkg = kindRequirement, pkg
		case "--hash":
			if l.kind != kindRequirement {
				return line{}, errors.New("--hash without a requirement")
			}
			h, warn, err := parseHash(o.value)
			if err != nil {
				return line{}, err
			}
			if warn != "" {
				l.warnings = append(l.warnings, warn)
			}
			l.pkg.Hashes = append(l.pkg.Hashes, h)
		}
	}
	return l, nil
}

// parseHash checks an "algorithm:hex" value as pip does (only strong
// algorithms); a digest of the wrong length or with non-hex characters is
// kept with a warning.
func parseHash(v string) (hash, warning string, err error) {
	algo, digest, ok := strings.Cut(v, ":")
	if !ok {
		return "", "", fmt.Errorf("--hash %q: want algorithm:digest", v)
	}
	n := map[string]int{"sha256": 64, "sha384": 96, "sha512": 128}[algo]
	if n == 0 {
		return "", "", fmt.Errorf("--hash %q: algorithm %q is not one of sha256, sha384, sha512", v, algo)
	}
	if len(digest) != n || strings.Trim(strings.ToLower(digest), "0123456789abcdef") != "" {
		warning = fmt.Sprintf("--hash %q: not a %d-digit hexadecimal %s digest", v, n, algo)
	}
	return v, warning, nil
}

// isURL reports whether s starts with a scheme pip treats as a URL.
func isURL(s string) bool {
	scheme, _, ok := strings.Cut(s, ":")
	if !ok {
		return false
	}
	switch strings.ToLower(scheme) {
	case "http", "https", "file", "ftp", "git", "svn", "hg", "bzr":
		return true
	}
	return isVCS(s)
}

func isVCS(s string) bool {
	low := strings.ToLower(s)
	for _, p := range []string{"git+", "hg+", "svn+", "bzr+"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return strings.HasPrefix(low, "git://") || strings.HasPrefix(low, "svn://") ||
		strings.HasPrefix(low, "hg://") || strings.HasPrefix(low, "bzr://")
}

// archiveExts lists the archive suffixes pip recognises.
func archiveExts() []string {
	return []string{".whl", ".zip", ".tar.gz", ".tgz", ".tar.bz2", ".tbz", ".tar.xz", ".txz", ".tar.lz", ".tlz", ".tar"}
}

func isArchive(s string) bool {
	low := strings.ToLower(s)
	for _, e := range archiveExts() {
		if strings.HasSuffix(low, e) {
			return true
		}
	}
	return false
}

// looksLikePath reports whether a requirement (without marker) names a
// local directory or archive rather than a project, following pip's
// _get_url_from_path without touching the file system.
func looksLikePath(s string) bool {
	s, _, _ = strings.Cut(s, ";")
	s = strings.TrimSpace(s)
	if before, _, ok := strings.Cut(s, "@"); ok {
		b := strings.TrimSpace(before)
		if !strings.ContainsAny(b, `/\`) && !strings.HasPrefix(b, ".") {
			return false // name @ url
		}
	}
	base, _ := stripExtras(s)
	return strings.HasPrefix(base, ".") || strings.HasPrefix(base, "~") ||
		strings.ContainsAny(base, `/\`) || isArchive(base)
}

// stripExtras splits a trailing "[extras]" off a path.
func stripExtras(s string) (string, []string) {
	if !strings.HasSuffix(s, "]") {
		return s, nil
	}
	i := strings.LastIndexByte(s, '[')
	if i < 0 {
		return s, nil
	}
	var extras []string
	for _, e := range strings.Split(s[i+1:len(s)-1], ",") {
		if e = strings.TrimSpace(e); e != "" {
			extras = append(extras, e)
		}
	}
	return s[:i], extras
}

// eggName extracts the project name and extras from a URL's
// "#egg=name[extras]" fragment.
func eggName(u string) (name string, extras []string) {
	_, frag, ok := strings.Cut(u, "#")
	if !ok {
		return "", nil
	}
	for _, part := range strings.Split(frag, "&") {
		if v, ok := strings.CutPrefix(part, "egg="); ok {
			name, extras = stripExtras(v)
			return name, extras
		}
	}
	return "", nil
}

// archiveName guesses name and version from an archive file name: wheels
// exactly (name-version-...whl), sdists as name-version.ext.
func archiveName(u string) (name, version string) {
	u, _, _ = strings.Cut(u, "#")
	u, _, _ = strings.Cut(u, "?")
	base := path.Base(strings.ReplaceAll(u, `\`, "/"))
	low := strings.ToLower(base)
	if strings.HasSuffix(low, ".whl") {
		parts := strings.Split(base[:len(base)-4], "-")
		if len(parts) == 5 || len(parts) == 6 {
			return parts[0], parts[1]
		}
		return "", ""
	}
	for _, e := range archiveExts() {
		if strings.HasSuffix(low, e) {
			stem := base[:len(base)-len(e)]
			i := strings.LastIndexByte(stem, '-')
			if i > 0 {
				if _, err := pep440.Parse(stem[i+1:]); err == nil {
					return stem[:i], stem[i+1:]
				}
			}
			return "", ""
		}
	}
	return "", ""
}

func setName(pkg *inventory.Package, name string) {
	pkg.Name = name
	if name != "" {
		pkg.Normalized = pep503.Normalize(name)
	}
}

// parseRequirement parses the requirement part of a line: a PEP 508
// specifier, a bare URL or a local path, each with an optional marker.
func parseRequirement(s string) (inventory.Package, []string, error) {
	var pkg inventory.Package
	var warns []string
	bare := isURL(s)
	if bare || looksLikePath(s) {
		sep := ";"
		if bare {
			sep = "; "
		}
		target, marker, _ := strings.Cut(s, sep)
		target = strings.TrimSpace(target)
		marker = strings.TrimSpace(marker)
		if marker != "" {
			if _, err := pep508.ParseMarker(marker); err != nil {
				return pkg, nil, fmt.Errorf("invalid marker in %q: %v", s, err)
			}
			pkg.Marker = marker
		}
		if bare {
			pkg.URL = target
			name, extras := eggName(target)
			pkg.Extras = extras
			switch {
			case isVCS(target):
				pkg.Source = inventory.SourceVCS
				pkg.NotAuditable = "VCS reference " + target + ": the installed version is not known without checking it out"
			case strings.HasPrefix(strings.ToLower(target), "file:"):
				pkg.Source = inventory.SourcePath
				pkg.NotAuditable = "local path " + target + ": not a published release"
			default:
				pkg.Source = inventory.SourceURL
				pkg.NotAuditable = "direct URL " + target + ": not resolved through an index"
			}
			if name == "" && pkg.Source != inventory.SourceVCS {
				n, v := archiveName(target)
				name = n
				if v != "" && pkg.Source == inventory.SourceURL {
					pkg.Version = v
				}
			}
			if name == "" {
				warns = append(warns, "cannot tell the project name of "+target+"; add #egg=NAME or use NAME @ URL")
			} else if !pep503.Valid(name) {
				return pkg, nil, fmt.Errorf("invalid project name %q in %s", name, target)
			}
			setName(&pkg, name)
			return pkg, warns, nil
		}
		p, extras := stripExtras(target)
		pkg.URL, pkg.Extras = p, extras
		pkg.Source = inventory.SourcePath
		pkg.NotAuditable = "local path " + p + ": not a published release"
		n, _ := archiveName(p)
		setName(&pkg, n)
		return pkg, warns, nil
	}
	r, err := pep508.ParseRequirement(s)
	if err != nil {
		return pkg, nil, fmt.Errorf("invalid requirement %q: %v", s, err)
	}
	setName(&pkg, r.Name)
	pkg.Extras = r.Extras
	pkg.Specifiers = r.Specifiers
	pkg.Source = inventory.SourcePyPI
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
	for _, sp := range r.Specifiers {
		if (sp.Op == pep440.OpEqual && !sp.Wildcard) || sp.Op == pep440.OpArbitrary {
			pkg.Version = sp.Text
		}
	}
	if r.URL != "" {
		pkg.URL = r.URL
		switch {
		case isVCS(r.URL):
			pkg.Source = inventory.SourceVCS
			pkg.NotAuditable = "VCS reference " + r.URL + ": the installed version is not known without checking it out"
		case strings.HasPrefix(strings.ToLower(r.URL), "file:"):
			pkg.Source = inventory.SourcePath
			pkg.NotAuditable = "local path " + r.URL + ": not a published release"
		default:
			pkg.Source = inventory.SourceURL
			pkg.NotAuditable = "direct URL " + r.URL + ": not resolved through an index"
			if _, v := archiveName(r.URL); v != "" {
				pkg.Version = v
			}
		}
	}
	return pkg, warns, nil
}

// parseEditable parses the target of -e: a local path or a VCS URL, with
// optional extras.
func parseEditable(target string) (inventory.Package, error) {
	pkg := inventory.Package{Source: inventory.SourceEditable}
	target = strings.TrimSpace(target)
	if target == "" {
		return pkg, errors.New("-e needs a path or a VCS URL")
	}
	if isURL(target) {
		low := strings.ToLower(target)
		if !isVCS(target) && !strings.HasPrefix(low, "file:") {
			return pkg, fmt.Errorf("-e %s: should be a local path or a VCS URL (git+, hg+, svn+, bzr+)", target)
		}
		name, extras := eggName(target)
		pkg.URL, pkg.Extras = target, extras
		setName(&pkg, name)
		if isVCS(target) {
			pkg.NotAuditable = "editable VCS checkout " + target + ": the installed version is not known without checking it out"
		} else {
			pkg.NotAuditable = "editable local path " + target + ": the version comes from the working tree"
		}
		return pkg, nil
	}
	p, extras := stripExtras(target)
	pkg.URL, pkg.Extras = p, extras
	pkg.NotAuditable = "editable local path " + p + ": the version comes from the working tree"
	return pkg, nil
}
