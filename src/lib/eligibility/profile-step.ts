// When the mini program's name, avatar, introduction and service scope can be filled in (R23-R25):
// after the remittance is verified, after 微信认证 completes, or — where the guide sets no
// verification step (个人) — once registration is done.
import type { MethodId } from '../rules/types.ts';

export interface ProfileOpening { text: string; rules: string[] }

export function profileOpening(path: MethodId | null): ProfileOpening {
  if (path === 'remittance') return { text: '完成汇款验证后，可以补充小程序名称、上传头像、填写介绍并选择服务范围。', rules: ['R24'] };
  if (path === 'certification') return { text: '需先完成微信认证，才可以补充小程序名称、上传头像、填写介绍并选择服务范围。', rules: ['R25'] };
  // R23 says only that 信息完善 and development can go on together after registration: that the name and
  // avatar open then, for a subject with no verification step, is the site's reading, and says so.
  return {
    text: '本站的理解：完成注册后就可以补充小程序名称、上传头像、填写介绍并选择服务范围（原文写的是“完成注册后，小程序信息完善和开发可以同步进行”，'
      + '且没有为个人主体另设验证步骤）。',
    rules: ['R23'],
  };
}
