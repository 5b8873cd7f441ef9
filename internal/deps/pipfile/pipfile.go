// Package pipfile reads Pipenv's manifest, Pipfile, and its lock file,
// Pipfile.lock.
//
// Decisions:
//
//   - ParseLock returns every entry of the lock's "default" section with
//     Group "main" and of its "develop" section with Group "dev", in file
//     order. When a Pipfile stands beside the lock (or Options.Pipfile names
//     one), the packages it lists under [packages] and [dev-packages] are
//     marked Direct; without one, Direct is never set. A Pipfile that cannot
//     be read or parsed is a problem, not an error.
//   - A lock version "==V" or "===V" gives Version V. Entries with git, hg,
//     svn or bzr keys are VCS sources, "path" a local path (editable when
//     "editable" is true), "file" a URL or a local path; all are returned
//     with NotAuditable giving the reason.
//   - ParsePipfile returns the manifest's declarations with their
//     specifiers ("*" means any version and gives none), extras, markers
//     and sources; Direct is set on all of them.
//   - Line is the line of the package's key in the file.
//   - A file that is not valid JSON (or TOML), unreadable, not a regular
//     file or larger than MaxFileSize is an error; an invalid entry is a
//     problem and is skipped.
package pipfile

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// MaxFileSize is the default limit on the size of a Pipfile or Pipfile.lock.
const MaxFileSize = 64 << 20

// Options tunes Parse and ParsePipfile. The zero value uses the default
// limits and looks for a Pipfile beside the lock.
type Options struct {
	// MaxFileSize overrides the size limit when positive.
	MaxFileSize int64
	// Pipfile names the manifest that says which locked packages are
	// direct; "" means "Pipfile" in the lock's directory, if present.
	Pipfile string
	// NoPipfile skips reading the manifest.
	NoPipfile bool
}

type lockEntry struct {
	Version  string   `json:"version"`
	Hashes   []string `json:"hashes"`
	Markers  string   `json:"markers"`
	Extras   []string `json:"extras"`
	Index    string   `json:"index"`
	Editable bool     `json:"editable"`
	Path     string   `json:"path"`
	File     string   `json:"file"`
	Git      string   `json:"git"`
	Hg       string   `json:"hg"`
	Svn      string   `json:"svn"`
	Bzr      string   `json:"bzr"`
	Ref      string   `json:"ref"`
}

// Parse reads the Pipfile.lock at path (an alias of ParseLock).
func Parse(ctx context.Context, path string, opts Options) ([]inventory.Package, []inventory.Problem, error) {
	return ParseLock(ctx, path, opts)
}

// ParseLock reads the Pipfile.lock at path. It returns the locked packages
// in file order, the problems met, and an error only when the file cannot
// be read or is not valid JSON, or ctx is cancelled.
func ParseLock(ctx context.Context, path string, opts Options) ([]inventory.Package, []inventory.Problem, error) {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = MaxFileSize
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	data, err := readFile("Pipfile.lock", path, opts.MaxFileSize)
	if err != nil {
		return nil, nil, err
	}
	var problems []inventory.Problem
	direct := map[string]bool{}
	if !opts.NoPipfile {
		mpath := opts.Pipfile
		explicit := mpath != ""
		if !explicit {
			mpath = filepath.Join(filepath.Dir(path), "Pipfile")
		}
		decl, mprobs, err := ParsePipfile(ctx, mpath, opts)
		switch {
		case err == nil:
			problems = append(problems, mprobs...)
			for _, d := range decl {
				direct[d.Normalized] = true
			}
		case !explicit && errors.Is(err, fs.ErrNotExist):
		default:
			problems = append(problems, inventory.Problem{File: mpath, Msg: err.Error()})
		}
	}
	pkgs, lprobs, err := parseLockBytes(ctx, path, data, direct)
	return pkgs, append(problems, lprobs...), err
}

func parseLockBytes(ctx context.Context, path string, data []byte, direct map[string]bool) ([]inventory.Package, []inventory.Problem, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !json.Valid(data) {
		var v any
		err := json.Unmarshal(data, &v)
		return nil, nil, fmt.Errorf("Pipfile.lock %s: %w", path, err)
	}
	var problems []inventory.Problem
	problem := func(line int, format string, args ...any) {
		problems = append(problems, inventory.Problem{File: path, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	lineAt := lineIndex(data)
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, _ := dec.Token(); tok != json.Delim('{') {
		return nil, nil, fmt.Errorf("Pipfile.lock %s: not a JSON object", path)
	}
	var pkgs []inventory.Package
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return pkgs, problems, fmt.Errorf("Pipfile.lock %s: %w", path, err)
		}
		section, _ := tok.(string)
		group := map[string]string{"default": "main", "develop": "dev"}[section]
		if group == "" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return pkgs, problems, fmt.Errorf("Pipfile.lock %s: %w", path, err)
			}
			continue
		}
		secLine := lineAt(dec.InputOffset())
		if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
			problem(secLine, "section %q is not an object", section)
			// The token was the start of an array or a scalar; skip the rest.
			if d, ok := tok.(json.Delim); ok && d == '[' {
				for dec.More() {
					var skip json.RawMessage
					if err := dec.Decode(&skip); err != nil {
						return pkgs, problems, fmt.Errorf("Pipfile.lock %s: %w", path, err)
					}
				}
				if _, err := dec.Token(); err != nil {
					return pkgs, problems, fmt.Errorf("Pipfile.lock %s: %w", path, err)
				}
			}
			continue
		}
		for dec.More() {
			if err := ctx.Err(); err != nil {
				return pkgs, problems, err
			}
			tok, err := dec.Token()
			if err != nil {
				return pkgs, problems, fmt.Errorf("Pipfile.lock %s: %w", path, err)
			}
			name, _ := tok.(string)
			line := lineAt(dec.InputOffset())
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return pkgs, problems, fmt.Errorf("Pipfile.lock %s: %w", path, err)
			}
			var e lockEntry
			if err := json.Unmarshal(raw, &e); err != nil {
				problem(line, "package %s: invalid entry: %v", name, err)
				continue
			}
			p := inventory.Package{
				Name:       name,
				Normalized: pep503.Normalize(name),
				Marker:     e.Markers,
				Extras:     e.Extras,
				Group:      group,
				File:       path,
				Line:       line,
				Source:     inventory.SourcePyPI,
			}
			if !pep503.Valid(name) {
				problem(line, "invalid package name %q", name)
				continue
			}
			p.Direct = direct[p.Normalized]
			applySource(&p, e.Editable, e.Path, e.File, e.Git, e.Hg, e.Svn, e.Bzr, e.Ref)
			switch v := e.Version; {
			case strings.HasPrefix(v, "==="):
				p.Version = strings.TrimSpace(v[3:])
			case strings.HasPrefix(v, "=="):
				p.Version = strings.TrimSpace(v[2:])
			case v == "" && p.NotAuditable != "":
			default:
				problem(line, "package %s: version %q is not an exact pin", name, v)
				continue
			}
			if p.Version != "" {
				op := "=="
				if strings.HasPrefix(e.Version, "===") {
					op = "==="
				}
				p.Specifiers, _ = pep440.ParseSpecifierSet(op + p.Version)
			}
			for _, h := range e.Hashes {
				if !strings.Contains(h, ":") {
					problem(line, "package %s: hash %q has no algorithm", name, h)
				}
				p.Hashes = append(p.Hashes, h)
			}
			pkgs = append(pkgs, p)
		}
		if _, err := dec.Token(); err != nil {
			return pkgs, problems, fmt.Errorf("Pipfile.lock %s: %w", path, err)
		}
	}
	return pkgs, problems, nil
}

// applySource sets Source, URL and NotAuditable from the source keys of an
// entry (shared by the lock and the manifest).
func applySource(p *inventory.Package, editable bool, path, file, git, hg, svn, bzr, ref string) {
	vcs := func(kind, u string) {
		if ref != "" {
			u += "@" + ref
		}
		p.Source, p.URL, p.NotAuditable = inventory.SourceVCS, kind+"+"+u, "VCS source"
	}
	switch {
	case git != "":
		vcs("git", strings.TrimPrefix(git, "git+"))
	case hg != "":
		vcs("hg", strings.TrimPrefix(hg, "hg+"))
	case svn != "":
		vcs("svn", strings.TrimPrefix(svn, "svn+"))
	case bzr != "":
		vcs("bzr", strings.TrimPrefix(bzr, "bzr+"))
	case path != "":
		p.Source, p.URL, p.NotAuditable = inventory.SourcePath, path, "local path source"
	case file != "":
		if strings.Contains(file, "://") && !strings.HasPrefix(file, "file:") {
			p.Source, p.URL, p.NotAuditable = inventory.SourceURL, file, "direct URL source"
		} else {
			p.Source, p.URL, p.NotAuditable = inventory.SourcePath, file, "local file source"
		}
	}
	if editable && p.NotAuditable != "" {
		p.Source, p.NotAuditable = inventory.SourceEditable, "editable "+p.NotAuditable
	}
}

// ParsePipfile reads the Pipfile at path and returns the packages declared
// under [packages] (Group "main") and [dev-packages] (Group "dev"), sorted
// by line, all Direct.
func ParsePipfile(ctx context.Context, path string, opts Options) ([]inventory.Package, []inventory.Problem, error) {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = MaxFileSize
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	data, err := readFile("Pipfile", path, opts.MaxFileSize)
	if err != nil {
		return nil, nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var doc struct {
		Packages    map[string]any `toml:"packages"`
		DevPackages map[string]any `toml:"dev-packages"`
	}
	if err := toml.Unmarshal(data, &doc); err != nil {
		return nil, nil, fmt.Errorf("Pipfile %s: %w", path, err)
	}
	var problems []inventory.Problem
	problem := func(line int, format string, args ...any) {
		problems = append(problems, inventory.Problem{File: path, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	lines := keyLines(data)
	var pkgs []inventory.Package
	for _, sec := range []struct {
		name, group string
		m           map[string]any
	}{{"packages", "main", doc.Packages}, {"dev-packages", "dev", doc.DevPackages}} {
		for name, v := range sec.m {
			line := lines[sec.name+"\x00"+name]
			p := inventory.Package{
				Name:       name,
				Normalized: pep503.Normalize(name),
				Direct:     true,
				Group:      sec.group,
				File:       path,
				Line:       line,
				Source:     inventory.SourcePyPI,
			}
			if !pep503.Valid(name) {
				problem(line, "invalid package name %q", name)
				continue
			}
			spec := ""
			switch v := v.(type) {
			case string:
				spec = v
			case map[string]any:
				str := func(k string) string { s, _ := v[k].(string); return s }
				spec = str("version")
				p.Marker = str("markers")
				if ex, ok := v["extras"].([]any); ok {
					for _, x := range ex {
						if s, ok := x.(string); ok {
							p.Extras = append(p.Extras, s)
						}
					}
				}
				ed, _ := v["editable"].(bool)
				applySource(&p, ed, str("path"), str("file"), str("git"), str("hg"), str("svn"), str("bzr"), str("ref"))
			default:
				problem(line, "package %s: unsupported value %v", name, v)
				continue
			}
			spec = strings.TrimSpace(spec)
			if spec != "" && spec != "*" {
				ss, err := pep440.ParseSpecifierSet(spec)
				if err != nil {
					problem(line, "package %s: invalid version specifier %q: %v", name, spec, err)
					continue
				}
				p.Specifiers = ss
				if len(ss) == 1 && (strings.HasPrefix(spec, "==") && !strings.Contains(spec, "*")) {
					p.Version = strings.TrimSpace(strings.TrimLeft(spec, "="))
				}
			}
			pkgs = append(pkgs, p)
		}
	}
	sort.SliceStable(pkgs, func(i, j int) bool { return pkgs[i].Line < pkgs[j].Line })
	return pkgs, problems, nil
}

// keyLines maps "section\x00key" to the 1-based line where key is set in
// that table of a Pipfile.
func keyLines(data []byte) map[string]int {
	out := map[string]int{}
	section := ""
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "[") {
			section = strings.TrimSpace(strings.Trim(strings.SplitN(l, "#", 2)[0], " []"))
			continue
		}
		eq := strings.IndexByte(l, '=')
		if eq <= 0 || section == "" {
			continue
		}
		key := strings.Trim(strings.TrimSpace(l[:eq]), `"'`)
		if _, ok := out[section+"\x00"+key]; !ok {
			out[section+"\x00"+key] = i + 1
		}
	}
	return out
}

// lineIndex returns a function mapping a byte offset of data to its 1-based
// line.
func lineIndex(data []byte) func(int64) int {
	var starts []int64
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, int64(i))
		}
	}
	return func(off int64) int {
		return sort.Search(len(starts), func(i int) bool { return starts[i] >= off }) + 1
	}
}

func readFile(kind, path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", kind, path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", kind, path, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s %s: not a regular file", kind, path)
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("%s %s: %d bytes, larger than the limit of %d", kind, path, info.Size(), limit)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", kind, path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s %s: larger than %d bytes", kind, path, limit)
	}
	return data, nil
}
