package fix

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/krait-dev/krait/internal/deps/requirements"
	"sort"
	"strings"
)

// Edit is one change to a manifest: the version text of one declaration.
type Edit struct {
	Line int    // 1-based line of the declaration (the first line of a continued one)
	Name string // the package the declaration must name (compared after PEP 503 normalisation)
	From string // the version written there now
	To   string // the version to write
	// Floor rewrites a ">=From" floor instead of an "==From" / "===From" pin
	// (in Poetry tables: the version of a single "^", "~", "~=", ">="
	// constraint).
	Floor bool
	// Hashes replace the declaration's --hash options (requirements
	// files), keeping their layout. They are required when the line has
	// --hash options and ignored when it has none.
	Hashes []string
}

// replacement replaces data[start:end] with text.
type replacement struct {
	start, end int
	text       string
}

// applyReplacements applies non-overlapping replacements to data.
func applyReplacements(data []byte, reps []replacement) ([]byte, error) {
	sort.Slice(reps, func(i, j int) bool { return reps[i].start < reps[j].start })
	var out bytes.Buffer
	pos := 0
	for _, r := range reps {
		if r.start < pos || r.end < r.start || r.end > len(data) {
			return nil, errors.New("two edits overlap")
		}
		out.Write(data[pos:r.start])
		out.WriteString(r.text)
		pos = r.end
	}
	out.Write(data[pos:])
	return out.Bytes(), nil
}

// physLines splits data at "\n", "\r\n" and "\r" as the requirements reader
// does; each entry is the span of one line without its line break. A UTF-8
// byte-order mark is excluded from the first line.
func physLines(data []byte) []span {
	var out []span
	start := 0
	if bytes.HasPrefix(data, []byte("\ufeff")) {
		start = 3
	}
	for i := start; i < len(data); i++ {
		switch data[i] {
		case '\n':
			out = append(out, span{start, i})
			start = i + 1
		case '\r':
			out = append(out, span{start, i})
			if i+1 < len(data) && data[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if start < len(data) {
		out = append(out, span{start, len(data)})
	}
	return out
}

// joined is a logical requirements line: the text pip sees after joining
// continuations, and for each byte its offset in the file (-1 for bytes
// pip inserts).
type joined struct {
	text []byte
	offs []int
	last int // index of the last physical line taken
}

func (j *joined) add(data []byte, s span) {
	j.text = append(j.text, data[s.start:s.end]...)
	for k := s.start; k < s.end; k++ {
		j.offs = append(j.offs, k)
	}
}

// joinLogical joins the logical line starting at physical line idx
// (0-based) as pip's join_lines does.
func joinLogical(data []byte, lines []span, idx int) (joined, error) {
	if idx > 0 {
		prev := string(data[lines[idx-1].start:lines[idx-1].end])
		if strings.HasSuffix(prev, `\`) && !isCommentLine(prev) {
			return joined{}, fmt.Errorf("line %d continues line %d; it does not start a declaration", idx+1, idx)
		}
	}
	var j joined
	for i := idx; i < len(lines); i++ {
		s := lines[i]
		raw := string(data[s.start:s.end])
		comment := isCommentLine(raw)
		if !strings.HasSuffix(raw, `\`) || comment {
			if comment {
				j.text = append(j.text, ' ')
				j.offs = append(j.offs, -1)
			}
			j.add(data, s)
			j.last = i
			return j, nil
		}
		lead := len(raw) - len(strings.TrimLeft(raw, `\`))
		trail := len(raw) - len(strings.TrimRight(raw, `\`))
		if lead+trail > len(raw) {
			trail = len(raw) - lead
		}
		j.add(data, span{s.start + lead, s.end - trail})
		j.last = i
	}
	return j, nil
}

// origSpan maps the joined range [a, b) to the file, requiring it to be
// contiguous there.
func (j *joined) origSpan(a, b int) (span, bool) {
	if a >= b {
		return span{}, false
	}
	for k := a; k < b; k++ {
		if j.offs[k] < 0 || (k > a && j.offs[k] != j.offs[k-1]+1) {
			return span{}, false
		}
	}
	return span{j.offs[a], j.offs[b-1] + 1}, true
}

// token is a whitespace-separated word of a joined line.
type token struct{ start, end int }

func tokens(s []byte, from, to int) []token {
	var out []token
	i := from
	for i < to {
		for i < to && isSpaceByte(s[i]) {
			i++
		}
		if i >= to {
			break
		}
		st := i
		for i < to && !isSpaceByte(s[i]) {
			i++
		}
		out = append(out, token{st, i})
	}
	return out
}

// RewriteRequirements applies edits to the pip requirements (or
// constraints) file content data and returns the new content. Only the
// version text of each edited clause changes, and the --hash options of an
// edited line when it has any; comments, markers, extras, spacing,
// continuations and line endings are kept. An edit whose line does not
// hold the expected declaration is an error and nothing is changed.
func RewriteRequirements(data []byte, edits []Edit) ([]byte, error) {
	lines := physLines(data)
	var reps []replacement
	for _, e := range edits {
		r, err := requirementEdit(data, lines, e)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", e.Line, err)
		}
		reps = append(reps, r...)
	}
	out, err := applyReplacements(data, reps)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func requirementEdit(data []byte, lines []span, e Edit) ([]replacement, error) {
	if e.Line < 1 || e.Line > len(lines) {
		return nil, fmt.Errorf("no such line (the file has %d)", len(lines))
	}
	if !validVersionText(e.To) {
		return nil, fmt.Errorf("new version %q is not a plain version", e.To)
	}
	j, err := joinLogical(data, lines, e.Line-1)
	if err != nil {
		return nil, err
	}
	text := j.text
	end := len(text)
	if c := requirements.CommentIndex(string(text)); c >= 0 {
		end = c
	}
	toks := tokens(text, 0, end)
	// pip's break_args_options: the requirement is every word before the
	// first one starting with "-".
	nreq := 0
	for nreq < len(toks) && text[toks[nreq].start] != '-' {
		nreq++
	}
	if nreq == 0 {
		return nil, errors.New("no requirement here (an option line or an editable)")
	}
	reqStart, reqEnd := toks[0].start, toks[nreq-1].end
	req := string(text[reqStart:reqEnd])
	vs, err := findVersion(req, e.Name, e.From, e.Floor)
	if err != nil {
		return nil, err
	}
	orig, ok := j.origSpan(reqStart+vs.start, reqStart+vs.end)
	if !ok {
		return nil, errors.New("the version is split across a line continuation")
	}
	reps := []replacement{{orig.start, orig.end, e.To}}
	hr, err := hashEdit(data, &j, text, toks[nreq:], e)
	if err != nil {
		return nil, err
	}
	if hr != nil {
		reps = append(reps, *hr)
	}
	return reps, nil
}

// hashEdit replaces the --hash options among the option tokens opts.
func hashEdit(data []byte, j *joined, text []byte, opts []token, e Edit) (*replacement, error) {
	type hashOpt struct {
		start, valStart, end int // joined offsets: "--hash", its value, the value's end
		index, last          int // token indexes
	}
	var hs []hashOpt
	for i := 0; i < len(opts); i++ {
		t := string(text[opts[i].start:opts[i].end])
		switch {
		case strings.HasPrefix(t, "--hash="):
			hs = append(hs, hashOpt{opts[i].start, opts[i].start + len("--hash="), opts[i].end, i, i})
		case t == "--hash":
			if i+1 >= len(opts) {
				return nil, errors.New("--hash without a value")
			}
			hs = append(hs, hashOpt{opts[i].start, opts[i+1].start, opts[i+1].end, i, i + 1})
			i++
		}
	}
	if len(hs) == 0 {
		return nil, nil
	}
	if len(e.Hashes) == 0 {
		return nil, errors.New("the line has --hash options but the new release's hashes are not known")
	}
	for k := 1; k < len(hs); k++ {
		if hs[k].index != hs[k-1].last+1 {
			return nil, errors.New("other options stand between the --hash options")
		}
	}
	for _, h := range e.Hashes {
		if h == "" || strings.ContainsAny(h, " \t\r\n\\#'\"") {
			return nil, fmt.Errorf("hash %q cannot be written on a requirements line", h)
		}
	}
	first, last := hs[0], hs[len(hs)-1]
	startOrig, ok := j.origSpan(first.start, first.start+1)
	if !ok {
		return nil, errors.New("cannot place the --hash options")
	}
	valOrig, ok := j.origSpan(first.valStart, first.end)
	if !ok {
		return nil, errors.New("a --hash value is split across a line continuation")
	}
	endOrig, ok := j.origSpan(last.end-1, last.end)
	if !ok {
		return nil, errors.New("cannot place the --hash options")
	}
	prefix := string(data[startOrig.start:valOrig.start])
	var sep string
	if len(hs) > 1 {
		a, ok1 := j.origSpan(first.end-1, first.end)
		b, ok2 := j.origSpan(hs[1].start, hs[1].start+1)
		if !ok1 || !ok2 {
			return nil, errors.New("cannot place the --hash options")
		}
		sep = string(data[a.end:b.start])
	} else {
		// Separate the new options as the old one was separated from
		// what precedes it.
		k := first.start - 1
		for k >= 0 && (isSpaceByte(text[k]) || j.offs[k] < 0) {
			k--
		}
		sep = " "
		if k >= 0 {
			sep = string(data[j.offs[k]+1 : startOrig.start])
		}
	}
	var b strings.Builder
	for i, h := range e.Hashes {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(prefix)
		b.WriteString(h)
	}
	return &replacement{startOrig.start, endOrig.end, b.String()}, nil
}

// validVersionText reports whether v can be written as a version: no
// whitespace, quotes, separators or comment characters.
func validVersionText(v string) bool {
	return v != "" && !strings.ContainsAny(v, " \t\r\n\v\f\\#;,'\"()[]<>=!~@{}")
}

// isCommentLine reports whether pip's COMMENT_RE, (^|\s+)#.*$, matches
// anywhere in the line.
func isCommentLine(s string) bool { return requirements.CommentIndex(s) >= 0 }
