package djangomarksafe_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/djangomarksafe"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", djangomarksafe.Analyzer)
}
