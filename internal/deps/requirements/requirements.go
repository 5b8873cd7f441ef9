// Package requirements reads pip requirements files.
//
// The grammar is pip's (pip._internal.req.req_file): physical lines ending
// in a backslash are joined with the next one (a comment line ends a
// continuation); a "#" at the start of a line or after whitespace starts a
// comment; every remaining line is either a requirement followed by
// per-requirement options (--hash, --global-option, --config-settings) or a
// line of options (-r, -c, -e, -i, --extra-index-url, -f, --pre,
// --trusted-host, --no-binary, --only-binary, --prefer-binary,
// --require-hashes, --use-feature, --no-index). Index and install options
// are accepted and ignored; an unknown option is a problem.
//
// Decisions:
//
//   - -r and -c paths are relative to the directory of the including file.
//     A file already being read higher up the include chain is a cycle,
//     reported as a problem naming both files; a file already read by an
//     earlier include (a diamond) is not read again in the same mode (pip
//     reads it again, which installs nothing more). Remote includes
//     (-r https://...) are never fetched; they are problems.
//   - Entries of a constraints file (-c) are returned as packages with
//     Constraint set and Direct unset: they limit versions but install
//     nothing, so auditors may skip them while the fixer can still rewrite
//     their pins. As in pip, each include decides for itself: a -r inside
//     a constraints file includes requirements, a -c inside a requirements
//     file constraints.
//   - Editable, VCS, local-path and direct-URL requirements are returned
//     with NotAuditable giving the reason; they are never dropped. Their
//     name comes from "name @ URL", a "#egg=" fragment or the archive file
//     name (a direct wheel or sdist URL also gives Version); an unnamed one
//     has an empty Name and, for URLs, a problem suggesting #egg=NAME.
//   - --hash accepts sha256, sha384 and sha512 as pip does; a digest of the
//     wrong length or with non-hex characters is kept, with a problem.
//   - Environment variable references (${VAR}) are left as written: krait
//     does not read the environment of the machine that runs it, and the
//     text is what the file says.
//   - The top-level file being unreadable, not a regular file (a FIFO or a
//     device could block or never end) or larger than MaxFileSize is an
//     error; the same for an included file is a problem at the include line,
//     and reading continues.
//   - Packages and problems carry the first physical line of a continued
//     line.
//   - Windows line endings and a UTF-8 byte-order mark are accepted.
package requirements

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/krait-dev/krait/internal/deps/inventory"
)

// MaxFileSize is the default limit on the size of one requirements file.
const MaxFileSize = 8 << 20

// MaxIncludeDepth bounds the nesting of -r/-c includes.
const MaxIncludeDepth = 32

// Options tunes Parse. The zero value follows includes with the default
// limits.
type Options struct {
	// NoFollow leaves -r and -c includes unread.
	NoFollow bool
	// MaxFileSize overrides the per-file size limit when positive.
	MaxFileSize int64
}

// Parse reads the requirements file at path and the files it includes. It
// returns the declared packages in file order (an include's packages at the
// include's position), the problems met, and an error only when path itself
// cannot be read or ctx is cancelled.
func Parse(ctx context.Context, path string, opts Options) (pkgs []inventory.Package, problems []inventory.Problem, err error) {
	p := &parser{opts: opts, seen: map[string]bool{}}
	if p.opts.MaxFileSize <= 0 {
		p.opts.MaxFileSize = MaxFileSize
	}
	data, err := readFile(path, p.opts.MaxFileSize)
	if err != nil {
		return nil, nil, err
	}
	if err := p.parseFile(ctx, path, data, false, nil); err != nil {
		return p.pkgs, p.problems, err
	}
	return p.pkgs, p.problems, nil
}

// ParseBytes parses data as the requirements file named path (used for
// positions and for resolving includes relative to it).
func ParseBytes(ctx context.Context, path string, data []byte, opts Options) (pkgs []inventory.Package, problems []inventory.Problem, err error) {
	p := &parser{opts: opts, seen: map[string]bool{}}
	if p.opts.MaxFileSize <= 0 {
		p.opts.MaxFileSize = MaxFileSize
	}
	err = p.parseFile(ctx, path, data, false, nil)
	return p.pkgs, p.problems, err
}

func readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("requirements file %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("requirements file %s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("requirements file %s: not a regular file", path)
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("requirements file %s: %d bytes, larger than the limit of %d", path, info.Size(), limit)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("requirements file %s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("requirements file %s: larger than %d bytes", path, limit)
	}
	return data, nil
}

type parser struct {
	opts     Options
	seen     map[string]bool // key: absolute path + mode, files already read
	pkgs     []inventory.Package
	problems []inventory.Problem
}

func (p *parser) problem(file string, line int, format string, args ...any) {
	p.problems = append(p.problems, inventory.Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func absKey(path string) string {
	if a, err := filepath.Abs(path); err == nil {
		return filepath.Clean(a)
	}
	return filepath.Clean(path)
}

// parseFile parses one file's content. stack holds the absolute paths of
// the files including it, outermost first.
func (p *parser) parseFile(ctx context.Context, path string, data []byte, constraint bool, stack []string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("requirements file %s: %w", path, err)
	}
	key := absKey(path)
	mode := "r"
	if constraint {
		mode = "c"
	}
	p.seen[mode+key] = true
	stack = append(stack, key)
	for _, ll := range logicalLines(data) {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("requirements file %s: %w", path, err)
		}
		l, err := parseLine(ll.text)
		if err != nil {
			p.problem(path, ll.line, "%v", err)
			continue
		}
		for _, w := range l.warnings {
			p.problem(path, ll.line, "%s", w)
		}
		switch l.kind {
		case kindEmpty, kindGlobal:
		case kindInclude:
			if err := p.include(ctx, path, ll.line, l.include, l.constraint, stack); err != nil {
				return err
			}
		case kindRequirement:
			pkg := l.pkg
			pkg.File = path
			pkg.Line = ll.line
			if constraint {
				pkg.Constraint = true
			} else {
				pkg.Direct = true
			}
			p.pkgs = append(p.pkgs, pkg)
		}
	}
	return nil
}

func (p *parser) include(ctx context.Context, from string, line int, target string, constraint bool, stack []string) error {
	if p.opts.NoFollow {
		return nil
	}
	if isURL(target) {
		p.problem(from, line, "remote requirements file %s is not fetched", target)
		return nil
	}
	target = strings.TrimPrefix(target, "file://")
	target = strings.TrimPrefix(target, "file:")
	path := target
	if !filepath.IsAbs(path) {
		path = filepath.Join(filepath.Dir(from), path)
	}
	key := absKey(path)
	for _, s := range stack {
		if s == key {
			p.problem(from, line, "include cycle: %s includes %s, which is already being read", from, path)
			return nil
		}
	}
	mode := "r"
	if constraint {
		mode = "c"
	}
	if p.seen[mode+key] {
		return nil
	}
	if len(stack) >= MaxIncludeDepth {
		p.problem(from, line, "includes nested deeper than %d files at %s", MaxIncludeDepth, path)
		return nil
	}
	data, err := readFile(path, p.opts.MaxFileSize)
	if err != nil {
		p.problem(from, line, "%v", err)
		return nil
	}
	return p.parseFile(ctx, path, data, constraint, stack)
}

type logicalLine struct {
	line int // 1-based number of the first physical line
	text string
}

// logicalLines splits data into lines (any of \n, \r\n, \r), drops a BOM,
// joins continuations as pip's join_lines does, and strips comments and
// surrounding whitespace. Empty lines are dropped.
func logicalLines(data []byte) []logicalLine {
	s := strings.TrimPrefix(string(data), "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimSuffix(s, "\n")
	var out []logicalLine
	emit := func(n int, text string) {
		text = strings.TrimSpace(stripComment(text))
		if text != "" {
			out = append(out, logicalLine{n, text})
		}
	}
	var cont strings.Builder
	start := 0
	for i, raw := range strings.Split(s, "\n") {
		n := i + 1
		comment := isCommentLine(raw)
		if !strings.HasSuffix(raw, `\`) || comment {
			if comment {
				raw = " " + raw
			}
			if start != 0 {
				cont.WriteString(raw)
				emit(start, cont.String())
				cont.Reset()
				start = 0
			} else {
				emit(n, raw)
			}
			continue
		}
		if start == 0 {
			start = n
		}
		cont.WriteString(strings.Trim(raw, `\`))
	}
	if start != 0 {
		emit(start, cont.String())
	}
	return out
}

// isCommentLine reports whether pip's COMMENT_RE, (^|\s+)#.*$, matches
// anywhere in the line.
func isCommentLine(s string) bool {
	return CommentIndex(s) >= 0
}

// CommentIndex returns the index where a comment of a requirements-file
// line starts, as pip's COMMENT_RE, (^|\s+)#.*$, finds it (the whitespace
// before the "#" included), or -1.
func CommentIndex(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] != '#' {
			continue
		}
		if i == 0 {
			return 0
		}
		if isSpace(s[i-1]) {
			j := i
			for j > 0 && isSpace(s[j-1]) {
				j--
			}
			return j
		}
	}
	return -1
}

func stripComment(s string) string {
	if i := CommentIndex(s); i >= 0 {
		return s[:i]
	}
	return s
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
