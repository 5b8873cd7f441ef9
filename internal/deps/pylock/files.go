package pylock

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// headerLines returns the 1-based lines on which header stands alone
// (leading blanks and a trailing comment allowed), in order.
func headerLines(data []byte, header string) []int {
	var out []int
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, header) {
			rest := strings.TrimSpace(l[len(header):])
			if rest == "" || strings.HasPrefix(rest, "#") {
				out = append(out, i+1)
			}
		}
	}
	return out
}

func readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("pylock.toml %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("pylock.toml %s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("pylock.toml %s: not a regular file", path)
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("pylock.toml %s: %d bytes, larger than the limit of %d", path, info.Size(), limit)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("pylock.toml %s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("pylock.toml %s: larger than %d bytes", path, limit)
	}
	return data, nil
}
