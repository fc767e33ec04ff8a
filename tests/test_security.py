"No pickle loading of untrusted data: every torch.load in the package passes weights_only=True; no eval/exec."
import ast
from pathlib import Path
import gan_course

PKG = Path(gan_course.__file__).parent

def calls(name):
    "(file, line, call) for every call of `name` (a dotted name such as 'torch.load') in the package's modules."
    for f in sorted(PKG.glob('*.py')):
        for node in ast.walk(ast.parse(f.read_text(), str(f))):
            if isinstance(node, ast.Call) and ast.unparse(node.func) == name: yield f.name, node.lineno, node

def test_every_torch_load_passes_weights_only_true():
    found = list(calls('torch.load'))
    assert found, 'expected the package to load checkpoints somewhere'
    for f, line, node in found:
        kw = {k.arg: k.value for k in node.keywords}
        assert 'weights_only' in kw and isinstance(kw['weights_only'], ast.Constant) and kw['weights_only'].value is True, \
            f'{f}:{line}: torch.load without weights_only=True'

def test_no_eval_exec_or_pickle_loads():
    for name in ('eval', 'exec', 'pickle.load', 'pickle.loads', 'builtins.eval'):
        assert not list(calls(name)), f'{name} is used in the package: {list(calls(name))}'
