package archive

import (
	"archive/zip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
)

func readZip(ctx context.Context, st *state, r io.ReaderAt, size int64) error {
	a := st.a
	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		a.problem(ProblemTruncated, "zip directory: %v", err)
		a.Complete = false
		return nil
	}
	overlaps := zipOverlaps(zr.File)
	for i, f := range zr.File {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("reading zip: %w", err)
		}
		mode := f.Mode()
		m := &Member{
			RawName:        f.Name,
			Size:           int64(f.UncompressedSize64),
			CompressedSize: int64(f.CompressedSize64),
			Mode:           uint32(mode.Perm()),
		}
		switch {
		case mode&fs.ModeSymlink != 0:
			m.Type = TypeSymlink
		case mode.IsDir():
			m.Type = TypeDir
		case mode&(fs.ModeDevice|fs.ModeCharDevice) != 0:
			m.Type = TypeDevice
		case mode&fs.ModeNamedPipe != 0:
			m.Type = TypeFIFO
		case mode.IsRegular():
			m.Type = TypeFile
		default:
			m.Type = TypeOther
		}
		if !st.admit(m) {
			return nil
		}
		switch m.Type {
		case TypeSymlink:
			// The target is the content; read a bounded amount of it.
			if rc, err := f.Open(); err == nil {
				b, _ := io.ReadAll(io.LimitReader(rc, 4096))
				rc.Close()
				m.LinkTarget = string(b)
			}
			checkLink(m)
		case TypeDevice, TypeFIFO, TypeOther:
			m.problem(ProblemSpecialFile, "%s member (mode %v)", m.Type, mode)
		}
		if m.Type != TypeFile {
			continue
		}
		if f.Flags&1 != 0 {
			m.problem(ProblemEncrypted, "encrypted member")
			continue
		}
		if overlaps[i] {
			m.problem(ProblemOverlap, "compressed data overlaps another member's (a non-recursive zip bomb)")
			continue
		}
		if m.Size > st.lim.MaxFileSize {
			m.problem(ProblemTooLarge, "%d bytes, more than %d", m.Size, st.lim.MaxFileSize)
			continue
		}
		rest := st.lim.MaxTotalSize - a.TotalSize
		if m.Size > rest {
			a.problem(ProblemTotalTooLarge, "more than %d bytes uncompressed; the rest was not read", st.lim.MaxTotalSize)
			a.Complete = false
			return nil
		}
		// Inflate every file, kept or not, so lying headers and bombs are
		// measured; the bound is the smallest of the file, ratio and
		// remaining total limits.
		keep := st.wantContent(m)
		n, data, perr := inflateZip(f, st.lim, m.CompressedSize, rest, keep)
		a.TotalSize += min(n, rest)
		if perr != nil {
			m.Problems = append(m.Problems, *perr)
			if perr.Kind == ProblemTotalTooLarge {
				a.problem(ProblemTotalTooLarge, "more than %d bytes uncompressed; the rest was not read", st.lim.MaxTotalSize)
				a.Complete = false
				return nil
			}
			continue
		}
		if n != m.Size {
			m.problem(ProblemSizeMismatch, "header says %d bytes, content has %d", m.Size, n)
			m.Size = n
		}
		if keep {
			m.data, m.kept = data, true
		}
	}
	return nil
}

// inflateZip decompresses one member within the limits and returns the
// bytes produced (and the content when keep). rest is what the total-size
// limit still allows.
func inflateZip(f *zip.File, lim Limits, compressed, rest int64, keep bool) (int64, []byte, *Problem) {
	rc, err := f.Open()
	if err != nil {
		return 0, nil, &Problem{ProblemCorrupt, fmt.Sprintf("opening: %v", err)}
	}
	defer rc.Close()
	ratioBound := max(lim.RatioFloor, int64(lim.MaxRatio*float64(max(compressed, 1))))
	bound := min(lim.MaxFileSize, ratioBound, rest)
	bw := &sliceWriter{keep: keep}
	if keep {
		// Trust the declared size only as far as the bound and 4 MiB.
		bw.b = make([]byte, 0, min(uint64(bound), f.UncompressedSize64, 4<<20))
	}
	n, err := io.Copy(bw, io.LimitReader(rc, bound+1))
	if err != nil {
		return n, nil, &Problem{ProblemCorrupt, fmt.Sprintf("content: %v", err)}
	}
	if n > bound {
		switch bound {
		case rest:
			return n, nil, &Problem{ProblemTotalTooLarge, fmt.Sprintf("inflates past the %d bytes left of the total limit", rest)}
		case ratioBound:
			return n, nil, &Problem{ProblemRatio, fmt.Sprintf("inflates past %d bytes from %d compressed (ratio above %.0f)", bound, compressed, lim.MaxRatio)}
		}
		return n, nil, &Problem{ProblemTooLarge, fmt.Sprintf("inflates past %d bytes", lim.MaxFileSize)}
	}
	return n, bw.b, nil
}

// sliceWriter collects what is written when keep, else discards it.
type sliceWriter struct {
	keep bool
	b    []byte
}

func (s *sliceWriter) Write(p []byte) (int, error) {
	if s.keep {
		s.b = append(s.b, p...)
	}
	return len(p), nil
}

// zipOverlaps marks members whose compressed data overlaps another's, the
// trick of non-recursive zip bombs (many entries, one deflate stream).
func zipOverlaps(files []*zip.File) []bool {
	type span struct {
		start, end int64
		i          int
	}
	spans := make([]span, 0, len(files))
	for i, f := range files {
		off, err := f.DataOffset()
		if err != nil || f.CompressedSize64 == 0 {
			continue
		}
		spans = append(spans, span{off, off + int64(f.CompressedSize64), i})
	}
	sort.Slice(spans, func(a, b int) bool { return spans[a].start < spans[b].start })
	out := make([]bool, len(files))
	var maxEnd int64 = -1
	maxIdx := -1
	for _, s := range spans {
		if s.start < maxEnd {
			out[s.i] = true
			out[maxIdx] = true
		}
		if s.end > maxEnd {
			maxEnd, maxIdx = s.end, s.i
		}
	}
	return out
}
