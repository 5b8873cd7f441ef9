package archive

import (
	"archive/tar"
	"compress/bzip2"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
)

// limitError is returned by guard when decompression passes a limit.
type limitError struct {
	kind   ProblemKind
	detail string
}

func (e *limitError) Error() string { return string(e.kind) + ": " + e.detail }

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// guard counts decompressed bytes and stops the stream when the total or
// the compression ratio passes its limit, so a bomb is never inflated
// past the limits — whether its members are kept, skipped or lie about
// their size.
type guard struct {
	r    io.Reader
	in   *countingReader // compressed bytes (nil for an uncompressed tar)
	out  int64
	lim  Limits
	fail error
}

func (g *guard) Read(p []byte) (int, error) {
	if g.fail != nil {
		return 0, g.fail
	}
	if rest := g.lim.MaxTotalSize + 1 - g.out; int64(len(p)) > rest {
		p = p[:rest]
	}
	n, err := g.r.Read(p)
	g.out += int64(n)
	if g.out > g.lim.MaxTotalSize {
		g.fail = &limitError{ProblemTotalTooLarge, fmt.Sprintf("more than %d bytes uncompressed; the rest was not read", g.lim.MaxTotalSize)}
		return n, g.fail
	}
	if g.in != nil && g.out > g.lim.RatioFloor && float64(g.out) > g.lim.MaxRatio*float64(max(g.in.n, 1)) {
		g.fail = &limitError{ProblemRatio, fmt.Sprintf("compression ratio above %.0f (%d bytes from %d); the rest was not read", g.lim.MaxRatio, g.out, g.in.n)}
		return n, g.fail
	}
	return n, err
}

func readTar(ctx context.Context, st *state, r io.Reader, format Format, size int64) error {
	a := st.a
	g := &guard{lim: st.lim}
	switch format {
	case FormatTarGzip:
		g.in = &countingReader{r: r}
		zr, err := gzip.NewReader(g.in)
		if err != nil {
			a.problem(ProblemTruncated, "gzip header: %v", err)
			a.Complete = false
			return nil
		}
		defer zr.Close()
		g.r = zr
	case FormatTarBz2:
		g.in = &countingReader{r: r}
		g.r = bzip2.NewReader(g.in)
	default:
		g.r = r
	}
	tr := tar.NewReader(g)
	stop := func(err error) {
		a.Complete = false
		var le *limitError
		if errors.As(err, &le) {
			a.problem(le.kind, "%s", le.detail)
			return
		}
		a.problem(ProblemTruncated, "reading stopped: %v", err)
	}
	defer func() { a.TotalSize = g.out }()
	for {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("reading tar: %w", err)
		}
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			// Drain what follows the end blocks, so a damaged compressed
			// stream (or a bomb hidden after the tar) is noticed.
			if _, err := io.Copy(io.Discard, g); err != nil {
				stop(err)
			}
			return nil
		}
		if err != nil {
			stop(err)
			return nil
		}
		m := &Member{RawName: hdr.Name, Size: hdr.Size, Mode: uint32(hdr.Mode) & 0o7777, LinkTarget: hdr.Linkname}
		switch hdr.Typeflag {
		case tar.TypeReg, tar.TypeRegA, tar.TypeGNUSparse:
			m.Type = TypeFile
		case tar.TypeDir:
			m.Type = TypeDir
		case tar.TypeSymlink:
			m.Type = TypeSymlink
		case tar.TypeLink:
			m.Type = TypeHardlink
		case tar.TypeChar, tar.TypeBlock:
			m.Type = TypeDevice
		case tar.TypeFifo:
			m.Type = TypeFIFO
		default:
			m.Type = TypeOther
		}
		if !st.admit(m) {
			return nil
		}
		switch m.Type {
		case TypeSymlink, TypeHardlink:
			checkLink(m)
		case TypeDevice, TypeFIFO, TypeOther:
			m.problem(ProblemSpecialFile, "%s member (tar type %q)", m.Type, hdr.Typeflag)
		}
		if m.Type != TypeFile {
			continue
		}
		if hdr.Size > st.lim.MaxFileSize {
			m.problem(ProblemTooLarge, "%d bytes, more than %d", hdr.Size, st.lim.MaxFileSize)
			continue
		}
		if !st.wantContent(m) {
			continue
		}
		data, err := io.ReadAll(io.LimitReader(tr, st.lim.MaxFileSize+1))
		if err != nil {
			m.problem(ProblemCorrupt, "content: %v", err)
			stop(err)
			return nil
		}
		if int64(len(data)) != hdr.Size {
			m.problem(ProblemSizeMismatch, "header says %d bytes, content has %d", hdr.Size, len(data))
		}
		m.Size = int64(len(data))
		m.data, m.kept = data, true
	}
}
