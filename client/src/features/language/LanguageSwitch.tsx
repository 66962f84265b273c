import { useEffect } from 'react';
import { useActions, useStore } from '../../store/index.ts';

export function LanguageSwitch() {
  const language = useStore((s) => s.language);
  const { setLanguage } = useActions();
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  return (
    <div className="lang-switch" role="group" aria-label="Language / 语言">
      <button
        type="button"
        data-testid="language-switch"
        className="lang-toggle"
        onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
        title={language === 'zh' ? 'Switch to English' : '切换到中文'}
      >
        <span className={language === 'zh' ? 'on' : ''}>中</span>
        <span className={language === 'en' ? 'on' : ''}>EN</span>
      </button>
    </div>
  );
}
