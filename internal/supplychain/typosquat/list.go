package typosquat

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/deps/pep503"
)

// maxListBytes bounds how much of a popularity file is read: the real
// 15,000-name file is under 400 kB, so 64 MiB leaves room for much longer
// lists while keeping a hostile file from exhausting memory.
const maxListBytes = 64 << 20

// Package is one entry of a popularity list.
type Package struct {
	// Name is the PEP 503 normalised project name.
	Name string
	// Rank is the 1-based position in the list, most downloaded first.
	Rank int
	// Downloads is the download count the list gives (0 when the list
	// gives only an order, as the name-only format does).
	Downloads int64
}

// List is a popularity list: projects ordered by downloads, most first.
type List struct {
	// Packages are ordered by rank; names are normalised and unique.
	Packages []Package
	// Updated is when the list was produced (zero when unknown).
	Updated time.Time
	// Source names where the list came from (a file name, "builtin").
	Source string
}

// Len returns the number of packages in the list.
func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return len(l.Packages)
}

// NewList builds a list from names ordered most downloaded first. Names are
// normalised; invalid names and repeats (after normalisation) are skipped.
func NewList(names []string) *List {
	l := &List{}
	for _, n := range names {
		l.add(n, 0)
	}
	return l
}

func (l *List) add(name string, downloads int64) {
	name = strings.TrimSpace(name)
	if !pep503.Valid(name) {
		return
	}
	norm := pep503.Normalize(name)
	l.Packages = append(l.Packages, Package{Name: norm, Rank: len(l.Packages) + 1, Downloads: downloads})
}

// dedupe removes repeated names (keeping the first) and renumbers ranks.
func (l *List) dedupe() {
	seen := make(map[string]bool, len(l.Packages))
	out := l.Packages[:0]
	for _, p := range l.Packages {
		if seen[p.Name] {
			continue
		}
		seen[p.Name] = true
		p.Rank = len(out) + 1
		out = append(out, p)
	}
	l.Packages = out
}

// topPyPIFile covers both published shapes of the top-pypi-packages data
// set: the name-only form {"downloaded_timestamp": N, "packages": [...]}
// and the counted form {"last_update": "...", "rows": [{"project": ...,
// "download_count": N}]}.
type topPyPIFile struct {
	DownloadedTimestamp *int64       `json:"downloaded_timestamp"`
	Packages            []string     `json:"packages"`
	LastUpdate          string       `json:"last_update"`
	Rows                []topPyPIRow `json:"rows"`
}

type topPyPIRow struct {
	Project       string `json:"project"`
	DownloadCount int64  `json:"download_count"`
}

// ParseTopPyPI reads a popularity list in the public top-pypi-packages
// JSON format. Both shapes are accepted: the name-only
// {"downloaded_timestamp": UNIX, "packages": [names, most downloaded
// first]} and the counted {"last_update": "YYYY-MM-DD HH:MM:SS", "rows":
// [{"project": NAME, "download_count": N}, ...]} (rows are taken in file
// order, which is descending download count). Invalid names are skipped.
func ParseTopPyPI(r io.Reader) (*List, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxListBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading popularity list: %w", err)
	}
	if len(data) > maxListBytes {
		return nil, fmt.Errorf("popularity list larger than %d bytes", maxListBytes)
	}
	var f topPyPIFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("parsing popularity list: %w", err)
	}
	l := &List{}
	switch {
	case f.Packages != nil:
		for _, n := range f.Packages {
			l.add(n, 0)
		}
		if f.DownloadedTimestamp != nil {
			l.Updated = time.Unix(*f.DownloadedTimestamp, 0).UTC()
		}
	case f.Rows != nil:
		for _, row := range f.Rows {
			l.add(row.Project, row.DownloadCount)
		}
		if t, err := time.Parse(time.DateTime, f.LastUpdate); err == nil {
			l.Updated = t.UTC()
		}
	default:
		return nil, errors.New("parsing popularity list: neither \"packages\" nor \"rows\" present")
	}
	l.dedupe()
	if len(l.Packages) == 0 {
		return nil, errors.New("parsing popularity list: no valid project names")
	}
	return l, nil
}

// LoadTopPyPI reads a top-pypi-packages JSON file (see ParseTopPyPI).
func LoadTopPyPI(ctx context.Context, path string) (*List, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("popularity list %s: %w", path, err)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("popularity list: %w", err)
	}
	defer f.Close()
	l, err := ParseTopPyPI(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	l.Source = path
	return l, nil
}

// ParseNames reads a plain-text list: one project name a line, most
// downloaded first; blank lines and lines starting with "#" are ignored.
func ParseNames(r io.Reader) (*List, error) {
	l := &List{}
	sc := bufio.NewScanner(io.LimitReader(r, maxListBytes))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		l.add(line, 0)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading name list: %w", err)
	}
	l.dedupe()
	return l, nil
}

//go:generate go run ./internal/gen -in ../../../../shared/pypi/top-pypi-packages-2026-06.json -n 500 -o popular.txt

//go:embed popular.txt
var builtinNames []byte

// Builtin returns the fallback popularity list compiled into krait: the
// most downloaded few hundred projects of the top-pypi-packages data set
// (popular.txt, regenerated with go generate). Each call returns a new
// list, so callers may modify it.
func Builtin() *List {
	l, err := ParseNames(bytes.NewReader(builtinNames))
	if err != nil {
		// The embedded file is a byte slice: reading it cannot fail.
		return &List{Source: "builtin"}
	}
	l.Source = "builtin"
	return l
}
