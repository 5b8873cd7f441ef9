// Package archive reads untrusted Python distributions — sdists (.tar.gz,
// .tgz, .tar.bz2, .tar, .zip) and wheels (.whl) — safely, in memory.
//
// Reading never writes to disk, never follows a link and never trusts a
// header: sizes are counted as bytes are decompressed, so zip bombs, tar
// bombs, lying headers and truncated archives stop at the Limits and are
// reported. Every member is listed with the problems found in it
// (absolute paths, ".." components, links, devices and FIFOs, duplicate
// and case-folding duplicate names, control characters, excessive depth,
// size or compression ratio); a member with a problem that makes it
// unsafe keeps no content. The members that remain are served through
// fs.FS, so an inspector reads Python files without extracting anything.
// Extract writes them, and only them, into a private temporary directory.
//
// All links are refused, not only those leaving the root: a link inside
// the archive is listed (with its target and ProblemLink, plus
// ProblemLinkEscapes when the target leaves the root) but never
// materialised or followed. Honest sdists and wheels have no links
// (wheels cannot represent them), so nothing an inspector needs is lost.
package archive

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// Limits bound what reading an archive may cost. Zero fields take the
// defaults of DefaultLimits.
type Limits struct {
	// MaxArchiveSize is the largest compressed archive accepted (default
	// 512 MiB).
	MaxArchiveSize int64
	// MaxTotalSize bounds the uncompressed bytes decompressed, kept or
	// not (default 1 GiB).
	MaxTotalSize int64
	// MaxFileSize bounds one member's uncompressed size (default 128 MiB).
	MaxFileSize int64
	// MaxFiles bounds the number of members (default 50,000).
	MaxFiles int
	// MaxRatio bounds uncompressed/compressed size, per zip member and
	// over a whole compressed tar stream, once more than RatioFloor bytes
	// are out (default 200).
	MaxRatio float64
	// RatioFloor is the uncompressed size below which the ratio is not
	// checked (default 1 MiB): small files legitimately compress well.
	RatioFloor int64
	// MaxDepth bounds the number of path components of a member name
	// (default 32).
	MaxDepth int
	// MaxNesting bounds archives inside archives opened with OpenNested
	// (default 2: an archive inside an archive inside the one opened).
	MaxNesting int
}

// DefaultLimits returns the limits used for zero fields.
func DefaultLimits() Limits {
	return Limits{
		MaxArchiveSize: 512 << 20,
		MaxTotalSize:   1 << 30,
		MaxFileSize:    128 << 20,
		MaxFiles:       50_000,
		MaxRatio:       200,
		RatioFloor:     1 << 20,
		MaxDepth:       32,
		MaxNesting:     2,
	}
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.MaxArchiveSize <= 0 {
		l.MaxArchiveSize = d.MaxArchiveSize
	}
	if l.MaxTotalSize <= 0 {
		l.MaxTotalSize = d.MaxTotalSize
	}
	if l.MaxFileSize <= 0 {
		l.MaxFileSize = d.MaxFileSize
	}
	if l.MaxFiles <= 0 {
		l.MaxFiles = d.MaxFiles
	}
	if l.MaxRatio <= 0 {
		l.MaxRatio = d.MaxRatio
	}
	if l.RatioFloor <= 0 {
		l.RatioFloor = d.RatioFloor
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = d.MaxDepth
	}
	if l.MaxNesting <= 0 {
		l.MaxNesting = d.MaxNesting
	}
	return l
}

// Options tune reading. The zero value reads with the default limits and
// keeps the content of every safe regular file.
type Options struct {
	Limits Limits
	// Keep, when set, says which safe regular files keep their content in
	// memory (by cleaned name); the others are still decompressed, counted
	// and listed. Use it to keep only Python sources and metadata of a
	// large binary wheel.
	Keep func(name string) bool
}

// Format is an archive container format, detected from content.
type Format string

// The formats.
const (
	FormatZip     Format = "zip" // also wheels and zip sdists
	FormatTar     Format = "tar"
	FormatTarGzip Format = "tar.gz"
	FormatTarBz2  Format = "tar.bz2"
	FormatTarXz   Format = "tar.xz" // detected, not supported: no xz in the standard library
)

// ErrUnsupported is returned for content that is not a supported archive.
var ErrUnsupported = errors.New("unsupported archive format")

// Type is the kind of an archive member.
type Type string

// The member types.
const (
	TypeFile     Type = "file"
	TypeDir      Type = "dir"
	TypeSymlink  Type = "symlink"
	TypeHardlink Type = "hardlink"
	TypeDevice   Type = "device" // character or block device
	TypeFIFO     Type = "fifo"
	TypeOther    Type = "other" // anything else the format can express
)

// ProblemKind classifies a problem.
type ProblemKind string

// The problem kinds. Those marked unsafe drop the member's content.
const (
	ProblemAbsolutePath  ProblemKind = "absolute-path"     // unsafe: /etc/x, C:\x, \\host\x
	ProblemTraversal     ProblemKind = "path-traversal"    // unsafe: a ".." component
	ProblemBadName       ProblemKind = "bad-name"          // unsafe: NUL, control characters, invalid UTF-8, backslash, empty
	ProblemLink          ProblemKind = "link"              // unsafe: a symlink or hardlink (all links are refused)
	ProblemLinkEscapes   ProblemKind = "link-escapes"      // a link whose target leaves the root
	ProblemSpecialFile   ProblemKind = "special-file"      // unsafe: device, FIFO or other non-regular member
	ProblemDuplicate     ProblemKind = "duplicate"         // unsafe: the name appeared before (the first is kept)
	ProblemCaseDuplicate ProblemKind = "case-duplicate"    // unsafe: differs from an earlier name only in case
	ProblemTooDeep       ProblemKind = "too-deep"          // unsafe: more than MaxDepth path components
	ProblemTooLarge      ProblemKind = "too-large"         // unsafe: over MaxFileSize
	ProblemRatio         ProblemKind = "compression-ratio" // unsafe: over MaxRatio (zip bomb)
	ProblemOverlap       ProblemKind = "overlapping-data"  // unsafe: zip members sharing compressed data
	ProblemEncrypted     ProblemKind = "encrypted"         // unsafe: content cannot be read
	ProblemCorrupt       ProblemKind = "corrupt"           // unsafe: checksum, truncation or decompression error
	ProblemSizeMismatch  ProblemKind = "size-mismatch"     // the header's size is not the content's
	ProblemTooManyFiles  ProblemKind = "too-many-files"    // archive: over MaxFiles; the rest is not read
	ProblemTotalTooLarge ProblemKind = "total-too-large"   // archive: over MaxTotalSize; the rest is not read
	ProblemTruncated     ProblemKind = "truncated"         // archive: ends early or is corrupt; the rest is not read
	ProblemTooNested     ProblemKind = "too-nested"        // archive: nested deeper than MaxNesting
)

// Problem is one thing wrong with a member or with the archive.
type Problem struct {
	Kind   ProblemKind `json:"kind"`
	Detail string      `json:"detail"`
}

func (p Problem) String() string { return string(p.Kind) + ": " + p.Detail }

// unsafeKind reports whether a problem of kind k drops the content.
func unsafeKind(k ProblemKind) bool {
	switch k {
	case ProblemLinkEscapes, ProblemSizeMismatch:
		return false
	}
	return true
}

// Member is one entry of an archive.
type Member struct {
	// RawName is the name exactly as stored (may hold anything).
	RawName string `json:"raw_name"`
	// Name is the cleaned, slash-separated relative name used by the
	// fs.FS, or "" when the raw name cannot be made safe.
	Name string `json:"name"`
	Type Type   `json:"type"`
	// Size is the uncompressed size read (or declared, for members whose
	// content was not read).
	Size int64 `json:"size"`
	// CompressedSize is the stored size (zip only).
	CompressedSize int64 `json:"compressed_size,omitempty"`
	// Mode holds the permission bits as stored.
	Mode uint32 `json:"mode"`
	// LinkTarget is a link's target as stored.
	LinkTarget string `json:"link_target,omitempty"`
	// Problems found in this member; see Safe.
	Problems []Problem `json:"problems,omitempty"`

	data []byte
	kept bool
}

// Safe reports whether the member has no problem that drops its content.
func (m *Member) Safe() bool {
	for _, p := range m.Problems {
		if unsafeKind(p.Kind) {
			return false
		}
	}
	return true
}

// Kept reports whether the member's content is held (a safe regular file
// selected by Options.Keep).
func (m *Member) Kept() bool { return m.kept }

func (m *Member) problem(k ProblemKind, format string, args ...any) {
	m.Problems = append(m.Problems, Problem{Kind: k, Detail: fmt.Sprintf(format, args...)})
}

// Archive is a read archive: its members in archive order, the problems of
// the archive as a whole, and an fs.FS over the safe regular files.
type Archive struct {
	// Name is the file name given to Open or Read (for messages).
	Name   string `json:"name"`
	Format Format `json:"format"`
	// Members in the order stored.
	Members []*Member `json:"members"`
	// Problems of the archive as a whole (limits reached, truncation).
	Problems []Problem `json:"problems,omitempty"`
	// Complete is false when reading stopped early (see Problems).
	Complete bool `json:"complete"`
	// TotalSize is the number of uncompressed bytes processed.
	TotalSize int64 `json:"total_size"`

	opts    Options
	nesting int
	tree    *tree
}

func (a *Archive) problem(k ProblemKind, format string, args ...any) {
	a.Problems = append(a.Problems, Problem{Kind: k, Detail: fmt.Sprintf(format, args...)})
}

// AllProblems returns every problem of the archive and of its members as
// text, the archive's first, each member's prefixed with its raw name
// (quoted).
func (a *Archive) AllProblems() []string {
	var out []string
	for _, p := range a.Problems {
		out = append(out, p.String())
	}
	for _, m := range a.Members {
		for _, p := range m.Problems {
			out = append(out, fmt.Sprintf("%q: %s", m.RawName, p))
		}
	}
	return out
}

// Open reads the archive file at path. The format is detected from the
// content, not the extension. The error is non-nil only when the file
// cannot be read or is not an archive krait reads; a damaged or hostile
// archive is returned with its Problems.
func Open(ctx context.Context, path string, opts Options) (*Archive, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening archive: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("opening archive %s: %w", path, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("opening archive %s: not a regular file", path)
	}
	lim := opts.Limits.withDefaults()
	if fi.Size() > lim.MaxArchiveSize {
		return nil, fmt.Errorf("opening archive %s: %d bytes, more than the limit of %d", path, fi.Size(), lim.MaxArchiveSize)
	}
	a, err := read(ctx, f, fi.Size(), path, opts, 0)
	if err != nil {
		return nil, fmt.Errorf("reading archive %s: %w", path, err)
	}
	return a, nil
}

// Read reads an archive held in memory; name is used in messages.
func Read(ctx context.Context, data []byte, name string, opts Options) (*Archive, error) {
	lim := opts.Limits.withDefaults()
	if int64(len(data)) > lim.MaxArchiveSize {
		return nil, fmt.Errorf("reading archive %s: %d bytes, more than the limit of %d", name, len(data), lim.MaxArchiveSize)
	}
	a, err := read(ctx, bytes.NewReader(data), int64(len(data)), name, opts, 0)
	if err != nil {
		return nil, fmt.Errorf("reading archive %s: %w", name, err)
	}
	return a, nil
}

// OpenNested reads the member name (a kept file) as an archive itself,
// one nesting level deeper. Beyond Limits.MaxNesting it returns an error
// naming ProblemTooNested.
func (a *Archive) OpenNested(ctx context.Context, name string) (*Archive, error) {
	lim := a.opts.Limits.withDefaults()
	if a.nesting+1 > lim.MaxNesting {
		return nil, fmt.Errorf("%s in %s: %s: nested more than %d deep", name, a.Name, ProblemTooNested, lim.MaxNesting)
	}
	data, err := a.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("opening nested archive: %w", err)
	}
	full := a.Name + "!" + name
	n, err := read(ctx, bytes.NewReader(data), int64(len(data)), full, a.opts, a.nesting+1)
	if err != nil {
		return nil, fmt.Errorf("reading archive %s: %w", full, err)
	}
	return n, nil
}

// Nesting returns how deep this archive is nested (0 for one opened with
// Open or Read).
func (a *Archive) Nesting() int { return a.nesting }

// Detect returns the format of an archive from its first bytes.
func Detect(head []byte) (Format, bool) {
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return FormatZip, true
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
		return FormatTarGzip, true
	case bytes.HasPrefix(head, []byte("BZh")):
		return FormatTarBz2, true
	case bytes.HasPrefix(head, []byte{0xfd, '7', 'z', 'X', 'Z', 0}):
		return FormatTarXz, true
	case len(head) >= 262 && string(head[257:262]) == "ustar":
		return FormatTar, true
	}
	return "", false
}

func read(ctx context.Context, r io.ReaderAt, size int64, name string, opts Options, nesting int) (*Archive, error) {
	head := make([]byte, 512)
	n, err := r.ReadAt(head, 0)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	format, ok := Detect(head[:n])
	if !ok {
		return nil, fmt.Errorf("%w: not a zip, tar, gzip or bzip2 file", ErrUnsupported)
	}
	a := &Archive{Name: name, Format: format, opts: opts, nesting: nesting, Complete: true}
	lim := opts.Limits.withDefaults()
	st := &state{a: a, lim: lim, keep: opts.Keep, seen: map[string]bool{}, folded: map[string]string{}}
	switch format {
	case FormatZip:
		err = readZip(ctx, st, r, size)
	case FormatTarXz:
		return nil, fmt.Errorf("%w: xz compression (the Go standard library has no xz reader)", ErrUnsupported)
	default:
		err = readTar(ctx, st, io.NewSectionReader(r, 0, size), format, size)
	}
	if err != nil {
		return nil, err
	}
	a.tree = buildTree(a.Members)
	return a, nil
}

// state is the bookkeeping of one read.
type state struct {
	a      *Archive
	lim    Limits
	keep   func(string) bool
	seen   map[string]bool   // cleaned names
	folded map[string]string // case-folded name → first spelling
}

// admit runs the name, depth and duplicate checks on a new member and
// appends it. It returns false when the file-count limit stops reading.
func (st *state) admit(m *Member) bool {
	if len(st.a.Members) >= st.lim.MaxFiles {
		st.a.problem(ProblemTooManyFiles, "more than %d members; the rest were not read", st.lim.MaxFiles)
		st.a.Complete = false
		return false
	}
	checkName(m, st.lim.MaxDepth)
	if m.Name != "" && m.Type != TypeDir {
		if st.seen[m.Name] {
			m.problem(ProblemDuplicate, "%q appears more than once; the first is kept", m.Name)
		} else if first, ok := st.folded[strings.ToLower(m.Name)]; ok {
			m.problem(ProblemCaseDuplicate, "%q differs from %q only in case", m.Name, first)
		} else {
			st.seen[m.Name] = true
			st.folded[strings.ToLower(m.Name)] = m.Name
		}
	}
	st.a.Members = append(st.a.Members, m)
	return true
}

// wantContent reports whether a member's bytes should be kept.
func (st *state) wantContent(m *Member) bool {
	return m.Type == TypeFile && m.Safe() && (st.keep == nil || st.keep(m.Name))
}
