package huggingfacedownload_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/huggingfacedownload"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", huggingfacedownload.Analyzer)
}
