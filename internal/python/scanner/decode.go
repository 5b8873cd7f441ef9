package scanner

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/krait-dev/krait/internal/python/token"
)

// Decode turns the raw bytes of a Python file into the UTF-8 text that a
// Scanner reads, as CPython 3.11's compile() of bytes does: it strips a
// UTF-8 byte order mark, honours a PEP 263 coding declaration on line 1 or
// 2, and translates CRLF and lone CR line ends to LF.
//
// The error, when not nil, is the one CPython reports:
//
//   - "source code string cannot contain null bytes" (Line 0) when src
//     has a NUL byte (each NUL is replaced by a space in the text);
//   - "unknown encoding: NAME", "encoding problem: NAME with BOM", and
//     codec errors of a declared encoding (Line 0);
//   - for UTF-8 text (no declaration, or utf-8 declared), invalid UTF-8 is
//     only an error where CPython 3.11 decodes it: in a string literal or
//     a name, not in a comment (and in a bytes literal the parser reports
//     that it is not ASCII). The message is CPython's "(unicode error)
//     'utf-8' codec can't decode byte 0xf6 in position 1: invalid start
//     byte", whose position counts bytes from the start of the string's
//     body (or, for strings with backslashes and for f-strings, of the run
//     of non-ASCII bytes; for names, of the name). Line and Col are
//     where CPython reports it: for a string, at the token that follows
//     the string (and the strings concatenated with it); for a name, at
//     its last byte. As in CPython, this Col counts the bytes of the raw
//     line, not of the decoded text (they differ when invalid sequences,
//     each replaced by the 3 bytes of U+FFFD, come before it on the line).
//
// The text is always returned, best effort when there is an error: every
// invalid sequence is replaced by U+FFFD, as Python's "replace" error
// handler does.
func Decode(src []byte) ([]byte, *Error) {
	var err *Error
	setErr := func(msg string) {
		if err == nil {
			err = &Error{Kind: syntaxError, Msg: msg}
		}
	}
	text := src
	if bytes.IndexByte(text, 0) >= 0 {
		setErr("source code string cannot contain null bytes")
		text = bytes.ReplaceAll(text, []byte{0}, []byte{' '})
	}
	bom := false
	if len(text) >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF {
		bom = true
		text = text[3:]
	}
	if bytes.IndexByte(text, '\r') >= 0 {
		text = bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n"))
		text = bytes.ReplaceAll(text, []byte("\r"), []byte("\n"))
	}
	spec := codingSpec(text)
	if spec != "" && bom && spec != "utf-8" {
		setErr(fmt.Sprintf("encoding problem: %s with BOM", spec))
		spec = ""
	}
	if spec == "" || spec == "utf-8" {
		out, e := decodeUTF8(text)
		if e != nil && err == nil {
			err = e
		}
		return out, err
	}
	out, msg := decodeAs(text, spec)
	if msg != "" {
		setErr(msg)
	}
	return out, err
}

// codingSpec returns the normalised encoding declared on line 1, or on line
// 2 when line 1 is blank or a comment, or "".
func codingSpec(text []byte) string {
	line1 := text
	rest := []byte(nil)
	if i := bytes.IndexByte(text, '\n'); i >= 0 {
		line1, rest = text[:i], text[i+1:]
	}
	if cs, found := lineCodingSpec(line1); found {
		return cs
	}
	// only a blank or comment-only line 1 lets line 2 declare it
	for _, c := range line1 {
		if c == '#' {
			break
		}
		if c != ' ' && c != '\t' && c != '\f' {
			return ""
		}
	}
	if rest == nil {
		return ""
	}
	line2 := rest
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		line2 = rest[:i]
	}
	cs, _ := lineCodingSpec(line2)
	return cs
}

// lineCodingSpec is CPython's get_coding_spec on one line (without its
// '\n').
func lineCodingSpec(s []byte) (string, bool) {
	size := len(s)
	i := 0
	for ; i < size-6; i++ {
		if s[i] == '#' {
			break
		}
		if s[i] != ' ' && s[i] != '\t' && s[i] != '\f' {
			return "", false
		}
	}
	for ; i < size-6; i++ {
		if string(s[i:i+6]) != "coding" {
			continue
		}
		t := i + 6
		if s[t] != ':' && s[t] != '=' {
			continue
		}
		t++
		for t < size && (s[t] == ' ' || s[t] == '\t') {
			t++
		}
		b := t
		for t < size && (isIdentByte(s[t]) || s[t] == '-' || s[t] == '.') {
			t++
		}
		if b < t {
			return normalName(string(s[b:t])), true
		}
	}
	return "", false
}

// normalName is CPython's get_normal_name: the names of utf-8 and latin-1
// are normalised, others are kept as written.
func normalName(s string) string {
	n := s
	if len(n) > 12 {
		n = n[:12]
	}
	n = strings.ToLower(strings.ReplaceAll(n, "_", "-"))
	switch {
	case n == "utf-8" || strings.HasPrefix(n, "utf-8-"):
		return "utf-8"
	case n == "latin-1", n == "iso-8859-1", n == "iso-latin-1",
		strings.HasPrefix(n, "latin-1-"), strings.HasPrefix(n, "iso-8859-1-"), strings.HasPrefix(n, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// badSeq is an invalid UTF-8 sequence replaced by U+FFFD.
type badSeq struct {
	off int // offset of the U+FFFD in the decoded text
	raw int // offset of the sequence in the raw text
	n   int // its length in the raw text
}

// seqLen returns the length of the UTF-8 sequence at raw[i] when it is
// valid (ok), or else the length of its longest valid prefix (at least
// 1), as Python's decoder delimits errors.
func seqLen(raw []byte, i int) (n int, ok bool) {
	c := raw[i]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c < 0x80:
		return 1, true
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c == 0xED:
		need, hi = 2, 0x9F
	case c >= 0xE1 && c <= 0xEF:
		need = 2
	case c == 0xF0:
		need, lo = 3, 0x90
	case c == 0xF4:
		need, hi = 3, 0x8F
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	default:
		return 1, false // invalid start byte
	}
	n = 1
	for k := 0; k < need; k++ {
		if i+n >= len(raw) {
			return n, false
		}
		d := raw[i+n]
		if d < lo || d > hi {
			return n, false
		}
		lo, hi = 0x80, 0xBF
		n++
	}
	return n, true
}

// utf8Error returns Python's UTF-8 codec message for the invalid sequence
// at chunk[i].
func utf8Error(chunk []byte, i int) string {
	n, _ := seqLen(chunk, i)
	reason := "invalid continuation byte"
	c := chunk[i]
	if c < 0xC2 || c > 0xF4 {
		reason = "invalid start byte"
	} else if i+n >= len(chunk) {
		reason = "unexpected end of data"
	}
	if n == 1 {
		return fmt.Sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: %s", c, i, reason)
	}
	return fmt.Sprintf("'utf-8' codec can't decode bytes in position %d-%d: %s", i, i+n-1, reason)
}

// decodeUTF8 validates UTF-8 text, replacing invalid sequences, and
// returns the error CPython reports for the first one that matters.
func decodeUTF8(raw []byte) ([]byte, *Error) {
	if utf8.Valid(raw) {
		return raw, nil
	}
	out := make([]byte, 0, len(raw)+len(raw)/8)
	var bad []badSeq
	for i := 0; i < len(raw); {
		if raw[i] < 0x80 {
			out = append(out, raw[i])
			i++
			continue
		}
		n, ok := seqLen(raw, i)
		if ok {
			out = append(out, raw[i:i+n]...)
		} else {
			bad = append(bad, badSeq{off: len(out), raw: i, n: n})
			out = append(out, "\uFFFD"...)
		}
		i += n
	}
	return out, locateUTF8Error(raw, out, bad)
}

// rawOff maps an offset of the decoded text to the raw text.
func rawOff(bad []badSeq, off int) int {
	r := off
	for _, b := range bad {
		if b.off >= off {
			break
		}
		r -= 3 - b.n
	}
	return r
}

// locateUTF8Error finds the first invalid sequence that CPython 3.11
// decodes (in a string or a name) and returns its error.
func locateUTF8Error(raw, text []byte, bad []badSeq) *Error {
	s := New(text)
	j := 0
	for j < len(bad) {
		t := s.Next()
		if t.Kind == token.EOF {
			return nil
		}
		off, end := int(t.Off), int(t.EndOff)
		for j < len(bad) && bad[j].off < off {
			j++ // in a comment: not decoded by CPython 3.11
		}
		if j == len(bad) || bad[j].off >= end {
			continue
		}
		b := bad[j]
		tokText := text[off:end]
		q := bytes.IndexAny(tokText, "'\"")
		switch {
		case t.Kind == token.String:
			raw0, f, isBytes := prefixFlags(tokText[:q])
			if isBytes {
				for j < len(bad) && bad[j].off < end {
					j++
				}
				continue
			}
			quotes := 1
			if q+2 < len(tokText) && tokText[q+1] == tokText[q] && tokText[q+2] == tokText[q] {
				quotes = 3
			}
			bodyStart, bodyEnd := rawOff(bad, off+q+quotes), rawOff(bad, end-quotes)
			body := raw[bodyStart:bodyEnd]
			i := b.raw - bodyStart
			lo, hi := 0, len(body)
			if f && raw0 {
				for k := i - 1; k >= 0; k-- {
					if body[k] == '{' || body[k] == '}' {
						lo = k + 1
						break
					}
				}
			} else if f || bytes.IndexByte(body, '\\') >= 0 && !raw0 {
				// the run of non-ASCII bytes
				for lo = i; lo > 0 && body[lo-1] >= 0x80; lo-- {
				}
				for hi = i; hi < len(body) && body[hi] >= 0x80; hi++ {
				}
			}
			msg := "(unicode error) " + utf8Error(body[lo:hi], i-lo)
			// CPython reports it at the token after the strings
			n := s.Next()
			for n.Kind == token.String {
				n = s.Next()
			}
			noff := int(n.Off)
			col := rawOff(bad, noff) - rawOff(bad, noff-int(n.Col))
			return &Error{Line: n.Line, Col: int32(col), Kind: syntaxError, Msg: msg}
		case q < 0 && (charClass[tokText[0]] == clsIdent || tokText[0] >= 0x80):
			name := raw[rawOff(bad, off):rawOff(bad, end)]
			msg := "(unicode error) " + utf8Error(name, b.raw-rawOff(bad, off))
			col := rawOff(bad, end) - rawOff(bad, off-int(t.Col)) - 1
			return &Error{Line: t.Line, Col: int32(col), Kind: syntaxError, Msg: msg}
		default:
			for j < len(bad) && bad[j].off < end {
				j++
			}
		}
	}
	return nil
}

// nonText are Python codecs that are not text encodings.
var nonText = map[string]bool{
	"base64": true, "base_64": true, "base64_codec": true, "bz2": true, "bz2_codec": true,
	"hex": true, "hex_codec": true, "quopri": true, "quotedprintable": true,
	"quoted_printable": true, "quopri_codec": true, "rot13": true, "rot_13": true,
	"uu": true, "uu_codec": true, "zip": true, "zlib": true, "zlib_codec": true,
}

// codecs maps Python's normalised encoding names and aliases to the
// encodings of golang.org/x/text.
var codecs = map[string]encoding.Encoding{
	"cp1250": charmap.Windows1250, "cp1251": charmap.Windows1251, "cp1252": charmap.Windows1252,
	"cp1253": charmap.Windows1253, "cp1254": charmap.Windows1254, "cp1255": charmap.Windows1255,
	"cp1256": charmap.Windows1256, "cp1257": charmap.Windows1257, "cp1258": charmap.Windows1258,
	"koi8_r": charmap.KOI8R, "koi8_u": charmap.KOI8U,
	"iso8859_2": charmap.ISO8859_2, "iso8859_3": charmap.ISO8859_3, "iso8859_4": charmap.ISO8859_4,
	"iso8859_5": charmap.ISO8859_5, "iso8859_6": charmap.ISO8859_6, "iso8859_7": charmap.ISO8859_7,
	"iso8859_8": charmap.ISO8859_8, "iso8859_9": charmap.ISO8859_9, "iso8859_10": charmap.ISO8859_10,
	"iso8859_13": charmap.ISO8859_13, "iso8859_14": charmap.ISO8859_14, "iso8859_15": charmap.ISO8859_15,
	"iso8859_16": charmap.ISO8859_16, "mac_roman": charmap.Macintosh, "mac_cyrillic": charmap.MacintoshCyrillic,
	"cp437": charmap.CodePage437, "cp850": charmap.CodePage850, "cp852": charmap.CodePage852,
	"cp855": charmap.CodePage855, "cp858": charmap.CodePage858, "cp860": charmap.CodePage860,
	"cp862": charmap.CodePage862, "cp863": charmap.CodePage863, "cp865": charmap.CodePage865,
	"cp866": charmap.CodePage866, "cp874": charmap.Windows874,
	"euc_jp": japanese.EUCJP, "shift_jis": japanese.ShiftJIS, "cp932": japanese.ShiftJIS,
	"iso2022_jp": japanese.ISO2022JP, "euc_kr": korean.EUCKR, "cp949": korean.EUCKR,
	"gb2312": simplifiedchinese.GBK, "gbk": simplifiedchinese.GBK, "gb18030": simplifiedchinese.GB18030,
	"hz": simplifiedchinese.HZGB2312, "big5": traditionalchinese.Big5, "cp950": traditionalchinese.Big5,
}

// aliases maps common aliases (normalised) to the names of codecs.
var aliases = map[string]string{
	"latin": "latin_1", "latin1": "latin_1", "l1": "latin_1", "iso8859_1": "latin_1", "iso_8859_1": "latin_1",
	"8859": "latin_1", "cp819": "latin_1", "iso_ir_100": "latin_1", "ibm819": "latin_1", "iso_8859_1_1987": "latin_1",
	"ascii": "ascii", "us_ascii": "ascii", "646": "ascii", "us": "ascii", "ansi_x3.4_1968": "ascii", "iso646_us": "ascii",
	"utf8": "utf_8", "u8": "utf_8", "utf": "utf_8", "utf_8": "utf_8", "utf8_ucs2": "utf_8", "utf8_ucs4": "utf_8", "cp65001": "utf_8",
	"latin2": "iso8859_2", "l2": "iso8859_2", "latin3": "iso8859_3", "l3": "iso8859_3", "latin4": "iso8859_4", "l4": "iso8859_4",
	"cyrillic": "iso8859_5", "arabic": "iso8859_6", "greek": "iso8859_7", "greek8": "iso8859_7", "hebrew": "iso8859_8",
	"latin5": "iso8859_9", "l5": "iso8859_9", "latin6": "iso8859_10", "l6": "iso8859_10", "l7": "iso8859_13", "latin7": "iso8859_13",
	"l8": "iso8859_14", "latin8": "iso8859_14", "l9": "iso8859_15", "latin9": "iso8859_15", "l10": "iso8859_16", "latin10": "iso8859_16",
	"macroman": "mac_roman", "macintosh": "mac_roman", "maccyrillic": "mac_cyrillic", "koi8r": "koi8_r", "koi8u": "koi8_u",
	"eucjp": "euc_jp", "ujis": "euc_jp", "u_jis": "euc_jp", "sjis": "shift_jis", "s_jis": "shift_jis", "shiftjis": "shift_jis",
	"ms932": "cp932", "mskanji": "cp932", "ms_kanji": "cp932", "euckr": "euc_kr", "ks_c_5601_1987": "euc_kr", "ksc5601": "euc_kr",
	"ks_c_5601": "euc_kr", "uhc": "cp949", "chinese": "gb2312", "euc_cn": "gb2312", "euccn": "gb2312", "eucgb2312_cn": "gb2312",
	"936": "gbk", "cp936": "gbk", "ms936": "gbk", "gb18030_2000": "gb18030", "big5_tw": "big5", "csbig5": "big5", "ms950": "cp950",
	"hzgb": "hz", "hz_gb": "hz", "hz_gb_2312": "hz", "csiso2022jp": "iso2022_jp", "iso2022jp": "iso2022_jp", "iso_2022_jp": "iso2022_jp",
	"thai": "cp874", "windows_874": "cp874", "ibm437": "cp437", "437": "cp437", "850": "cp850", "ibm850": "cp850",
	"852": "cp852", "ibm852": "cp852", "855": "cp855", "ibm855": "cp855", "858": "cp858", "ibm858": "cp858",
	"860": "cp860", "ibm860": "cp860", "862": "cp862", "ibm862": "cp862", "863": "cp863", "ibm863": "cp863",
	"865": "cp865", "ibm865": "cp865", "866": "cp866", "ibm866": "cp866",
}

// undefined lists the bytes that Python's charmap codecs do not map (the
// x/text tables map some of them).
var undefined = map[string]string{
	"cp1250": "\x81\x83\x88\x90\x98", "cp1251": "\x98", "cp1252": "\x81\x8d\x8f\x90\x9d",
	"cp1253": "\x81\x88\x8a\x8c\x8d\x8e\x8f\x90\x98\x9a\x9c\x9d\x9e\x9f\xaa\xd2\xff",
	"cp1254": "\x81\x8d\x8e\x8f\x90\x9d\x9e",
	"cp1255": "\x81\x8a\x8c\x8d\x8e\x8f\x90\x9a\x9c\x9d\x9e\x9f\xca\xd9\xda\xdb\xdc\xdd\xde\xdf\xfb\xfc\xff",
	"cp1257": "\x81\x83\x88\x8a\x8c\x90\x98\x9a\x9c\x9f\xa1\xa5",
	"cp1258": "\x81\x8a\x8d\x8e\x8f\x90\x9a\x9d\x9e",
}

// pyNormalize is Python's encodings.normalize_encoding followed by the
// lookup of aliases.
func pyNormalize(name string) string {
	var b strings.Builder
	pending := false
	for _, r := range strings.ToLower(name) {
		if r < 0x80 && (isIdentByte(byte(r)) && r != '_' || r == '.') {
			if pending && b.Len() > 0 {
				b.WriteByte('_')
			}
			pending = false
			b.WriteRune(r)
		} else {
			pending = true
		}
	}
	n := b.String()
	if a, ok := aliases[n]; ok {
		return a
	}
	if a, ok := aliases[strings.ReplaceAll(n, "_", "")]; ok {
		return a
	}
	switch {
	case strings.HasPrefix(n, "iso_8859_"):
		n = "iso8859_" + n[len("iso_8859_"):]
	case strings.HasPrefix(n, "windows_"):
		n = "cp" + n[len("windows_"):]
	}
	if n == "iso8859_1" {
		return "latin_1"
	}
	return n
}

// decodeAs decodes text declared in the encoding spec (not utf-8). It
// returns the text and CPython's message for the first error, if any.
func decodeAs(text []byte, spec string) ([]byte, string) {
	name := pyNormalize(spec)
	switch {
	case nonText[name]:
		out, _ := decodeUTF8(text)
		return out, fmt.Sprintf("'%s' is not a text encoding; use codecs.decode() to handle arbitrary codecs", spec)
	case name == "latin_1":
		out := make([]byte, 0, len(text)+len(text)/4)
		for _, c := range text {
			out = utf8.AppendRune(out, rune(c))
		}
		return out, ""
	case name == "ascii":
		out := make([]byte, 0, len(text))
		msg := ""
		for i, c := range text {
			if c >= 0x80 {
				if msg == "" {
					msg = fmt.Sprintf("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i)
				}
				out = append(out, "\uFFFD"...)
				continue
			}
			out = append(out, c)
		}
		return out, msg
	case name == "utf_8":
		// declared with a name that is not normalised (utf8, u8...):
		// CPython decodes the whole file strictly
		out, _ := decodeUTF8(text)
		msg := ""
		for i := 0; i < len(text); {
			n, ok := seqLen(text, i)
			if !ok {
				msg = utf8Error(text, i)
				break
			}
			i += n
		}
		return out, msg
	}
	enc, ok := codecs[name]
	if !ok {
		out, _ := decodeUTF8(text)
		return out, fmt.Sprintf("unknown encoding: %s", spec)
	}
	if cm, ok := enc.(*charmap.Charmap); ok {
		und := undefined[name]
		out := make([]byte, 0, len(text)+len(text)/4)
		msg := ""
		iso := strings.HasPrefix(name, "iso8859_")
		for i, c := range text {
			r := cm.DecodeByte(c)
			if iso && c >= 0x80 && c <= 0x9f {
				// Python's ISO 8859 codecs map the C1 controls to
				// themselves; x/text leaves them undefined.
				r = rune(c)
			}
			if c >= 0x80 && strings.IndexByte(und, c) >= 0 || r == utf8.RuneError {
				if msg == "" {
					msg = fmt.Sprintf("'charmap' codec can't decode byte 0x%02x in position %d: character maps to <undefined>", c, i)
				}
				r = utf8.RuneError
			}
			out = utf8.AppendRune(out, r)
		}
		return out, msg
	}
	// multi-byte encodings: decode line by line to locate errors
	msg := ""
	var out []byte
	dec := enc.NewDecoder()
	for off := 0; off < len(text); {
		e := bytes.IndexByte(text[off:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += off + 1
		}
		line, err := dec.Bytes(text[off:e])
		if err != nil || msg == "" && bytes.ContainsRune(line, utf8.RuneError) {
			if msg == "" {
				msg = fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: illegal multibyte sequence", name, off, e-1)
			}
			if err != nil {
				line, _ = decodeUTF8(text[off:e])
			}
		}
		out = append(out, line...)
		off = e
	}
	return out, msg
}
